int extra(void) { return 42; }
