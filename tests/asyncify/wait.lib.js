// A JS library function that sleeps, written as Emscripten's JS libraries
// write one: Asyncify.handleSleep, and the wake-up's value is the result.
addToLibrary({
  js_wait: function (ms) {
    return Asyncify.handleSleep((wakeUp) => setTimeout(() => wakeUp(ms + 1), ms));
  },
});
