#ifdef __cplusplus
extern "C"
#endif
int extra(void);
