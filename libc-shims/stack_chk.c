/* The stack protector's guard and failure handler. Debian builds compiler-rt's
 * builtins for wasm32 with -fstack-protector, so 128-bit division (for one)
 * refers to these, and wasi-libc has neither. */

#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

uintptr_t __stack_chk_guard = 0x595e9fbdu;

_Noreturn void __stack_chk_fail(void) {
    static const char message[] = "*** stack smashing detected ***: terminated\n";
    write(2, message, sizeof message - 1);
    abort();
}
