#include <stdio.h>
extern int ft_start(void);
extern int fb_mul(int, int);
int main(void) { printf("%d %d\n", ft_start(), fb_mul(6, 7)); return 0; }
