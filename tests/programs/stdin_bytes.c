/* Reads stdin as binary with fread: NUL bytes, 0xff, CR LF pairs and bytes
 * above 0x7f must arrive unchanged. Prints length, a byte histogram
 * summary, an Adler-32 checksum and a hex dump of the first bytes. */
#include <stdio.h>
#include <stdint.h>

int main(void) {
    static unsigned char data[1 << 16];
    size_t len = 0, got;
    while ((got = fread(data + len, 1, 7, stdin)) > 0) len += got;
    uint32_t a = 1, b = 0;
    unsigned hist[256] = {0};
    for (size_t i = 0; i < len; i++) {
        a = (a + data[i]) % 65521;
        b = (b + a) % 65521;
        hist[data[i]]++;
    }
    printf("length %zu adler32 %08x\n", len, (b << 16) | a);
    printf("NUL %u 0xff %u CR %u LF %u high %u\n", hist[0], hist[255], hist['\r'], hist['\n'],
           0u + hist[0x80] + hist[0xc3] + hist[0xfe]);
    for (size_t i = 0; i < len && i < 64; i++) printf("%02x%c", data[i], i % 16 == 15 ? '\n' : ' ');
    printf("\n");
    return 0;
}
