/* getloadavg: the program is the machine's only process and is running, so
 * each of the 1, 5 and 15 minute averages is taken as 1. Returns how many
 * it filled in, at most 3, as glibc does. */

#include <stdlib.h>

int getloadavg(double *loadavg, int nelem) {
    if (nelem < 0)
        return -1;
    if (nelem > 3)
        nelem = 3;
    for (int i = 0; i < nelem; i++)
        loadavg[i] = 1.0;
    return nelem;
}
