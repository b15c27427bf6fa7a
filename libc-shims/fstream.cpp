// The file-stream instantiations that <fstream> declares extern, as libc++'s
// own library would hold them; Debian's wasm32 libc++ is built without them
// (see sysroot/include/__config_site). Only programs that use file streams
// pull this object out of the support library.
#include <fstream>

_LIBCPP_BEGIN_NAMESPACE_STD
template class basic_filebuf<char>;
template class basic_ifstream<char>;
template class basic_ofstream<char>;
_LIBCPP_END_NAMESPACE_STD
