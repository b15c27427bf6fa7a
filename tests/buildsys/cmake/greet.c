#include <stdio.h>

void greet(int arguments) { printf("greet: %d arguments", arguments); }
