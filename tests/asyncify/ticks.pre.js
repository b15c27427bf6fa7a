// A timer that counts its ticks in Module.ticks, started by preRun (just
// before main, on the thread that runs the program).
Module.ticks = 0;
Module.preRun = () => {
  Module.timer = setInterval(() => {
    Module.ticks++;
  }, 5);
};
