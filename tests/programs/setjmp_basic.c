/* setjmp/longjmp: the first return is 0; longjmp(env, v) makes setjmp
 * return v, and longjmp(env, 0) makes it return 1; a jump crosses several
 * frames at once; volatile locals keep values set after setjmp; nested
 * jump buffers unwind to the right one; a buffer can be reused in a loop. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf outer, inner;
static int frames_entered;

static void deep(int n, int value) {
    frames_entered++;
    if (n == 0) longjmp(outer, value);
    deep(n - 1, value);
    printf("never printed\n");
}

static void jump_inner(int v) { longjmp(inner, v); }

static int nested(void) {
    volatile int stage = 0;
    int r = setjmp(inner);
    if (r == 0) {
        stage = 1;
        jump_inner(11);
    }
    printf("inner caught %d at stage %d\n", r, stage);
    if (r == 11) {
        stage = 2;
        longjmp(outer, 22);
    }
    return -1;
}

int main(void) {
    volatile int attempts = 0;
    int r = setjmp(outer);
    attempts++;
    printf("setjmp returned %d (attempt %d)\n", r, attempts);
    if (r == 0) deep(20, 5);
    if (r == 5) {
        printf("jumped across %d frames\n", frames_entered);
        longjmp(outer, 0);
    }
    if (r == 1) {
        printf("longjmp with 0 arrived as 1\n");
        nested();
    }
    if (r == 22) printf("nested jump reached the outer buffer\n");

    volatile int total = 0;
    jmp_buf loop;
    volatile int i = 0;
    if (setjmp(loop) < 10) {
        total += i;
        i++;
        if (i < 10) longjmp(loop, i);
    }
    printf("loop by longjmp: i=%d total=%d\n", i, total);

    volatile double acc = 1.0;
    jmp_buf fp;
    int k = setjmp(fp);
    acc *= 1.5;
    if (k < 3) longjmp(fp, k + 1);
    printf("volatile double after jumps %.4f\n", acc);
    return 0;
}
