/*
 * GLES2/gl2ext.h -- the OpenGL ES extensions that WebGL exposes and that
 * ported programs commonly use, for programs built with wasmcc.
 *
 * Each extension defines its name as a macro.  Its tokens are always
 * defined; its entry points are declared when GL_GLEXT_PROTOTYPES is defined
 * before this header is included (otherwise only the PFN...PROC types are
 * there, for use with eglGetProcAddress).  Whether an extension is usable
 * at run time depends on the browser: check glGetString(GL_EXTENSIONS).
 */
#ifndef __gles2_gl2ext_h_
#define __gles2_gl2ext_h_ 1

#include <GLES2/gl2.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef GL_APIENTRYP
#define GL_APIENTRYP GL_APIENTRY *
#endif

/* GL_ANGLE_instanced_arrays (WebGL: ANGLE_instanced_arrays): Vertex attribute divisors and instanced draws for WebGL 1. */
#ifndef GL_ANGLE_instanced_arrays
#define GL_ANGLE_instanced_arrays 1
#define GL_VERTEX_ATTRIB_ARRAY_DIVISOR_ANGLE             0x88FE
typedef void (GL_APIENTRYP PFNGLDRAWARRAYSINSTANCEDANGLEPROC) (GLenum mode, GLint first, GLsizei count, GLsizei primcount);
typedef void (GL_APIENTRYP PFNGLDRAWELEMENTSINSTANCEDANGLEPROC) (GLenum mode, GLsizei count, GLenum type, const void *indices, GLsizei primcount);
typedef void (GL_APIENTRYP PFNGLVERTEXATTRIBDIVISORANGLEPROC) (GLuint index, GLuint divisor);
#ifdef GL_GLEXT_PROTOTYPES
GL_APICALL void GL_APIENTRY glDrawArraysInstancedANGLE (GLenum mode, GLint first, GLsizei count, GLsizei primcount);
GL_APICALL void GL_APIENTRY glDrawElementsInstancedANGLE (GLenum mode, GLsizei count, GLenum type, const void *indices, GLsizei primcount);
GL_APICALL void GL_APIENTRY glVertexAttribDivisorANGLE (GLuint index, GLuint divisor);
#endif
#endif /* GL_ANGLE_instanced_arrays */

/* GL_EXT_blend_minmax (WebGL: EXT_blend_minmax): MIN and MAX blend equations. */
#ifndef GL_EXT_blend_minmax
#define GL_EXT_blend_minmax 1
#define GL_MIN_EXT                                       0x8007
#define GL_MAX_EXT                                       0x8008
#endif /* GL_EXT_blend_minmax */

/* GL_EXT_color_buffer_half_float (WebGL: EXT_color_buffer_half_float): Rendering to 16-bit float color buffers. */
#ifndef GL_EXT_color_buffer_half_float
#define GL_EXT_color_buffer_half_float 1
#define GL_RGBA16F_EXT                                   0x881A
#define GL_RGB16F_EXT                                    0x881B
#define GL_RG16F_EXT                                     0x822F
#define GL_R16F_EXT                                      0x822D
#define GL_FRAMEBUFFER_ATTACHMENT_COMPONENT_TYPE_EXT     0x8211
#define GL_UNSIGNED_NORMALIZED_EXT                       0x8C17
#endif /* GL_EXT_color_buffer_half_float */

/* GL_EXT_draw_buffers (WebGL: WEBGL_draw_buffers): Multiple render targets for WebGL 1. */
#ifndef GL_EXT_draw_buffers
#define GL_EXT_draw_buffers 1
#define GL_MAX_COLOR_ATTACHMENTS_EXT                     0x8CDF
#define GL_MAX_DRAW_BUFFERS_EXT                          0x8824
#define GL_DRAW_BUFFER0_EXT                              0x8825
#define GL_DRAW_BUFFER1_EXT                              0x8826
#define GL_DRAW_BUFFER2_EXT                              0x8827
#define GL_DRAW_BUFFER3_EXT                              0x8828
#define GL_DRAW_BUFFER4_EXT                              0x8829
#define GL_DRAW_BUFFER5_EXT                              0x882A
#define GL_DRAW_BUFFER6_EXT                              0x882B
#define GL_DRAW_BUFFER7_EXT                              0x882C
#define GL_DRAW_BUFFER8_EXT                              0x882D
#define GL_DRAW_BUFFER9_EXT                              0x882E
#define GL_DRAW_BUFFER10_EXT                             0x882F
#define GL_DRAW_BUFFER11_EXT                             0x8830
#define GL_DRAW_BUFFER12_EXT                             0x8831
#define GL_DRAW_BUFFER13_EXT                             0x8832
#define GL_DRAW_BUFFER14_EXT                             0x8833
#define GL_DRAW_BUFFER15_EXT                             0x8834
#define GL_COLOR_ATTACHMENT0_EXT                         0x8CE0
#define GL_COLOR_ATTACHMENT1_EXT                         0x8CE1
#define GL_COLOR_ATTACHMENT2_EXT                         0x8CE2
#define GL_COLOR_ATTACHMENT3_EXT                         0x8CE3
#define GL_COLOR_ATTACHMENT4_EXT                         0x8CE4
#define GL_COLOR_ATTACHMENT5_EXT                         0x8CE5
#define GL_COLOR_ATTACHMENT6_EXT                         0x8CE6
#define GL_COLOR_ATTACHMENT7_EXT                         0x8CE7
#define GL_COLOR_ATTACHMENT8_EXT                         0x8CE8
#define GL_COLOR_ATTACHMENT9_EXT                         0x8CE9
#define GL_COLOR_ATTACHMENT10_EXT                        0x8CEA
#define GL_COLOR_ATTACHMENT11_EXT                        0x8CEB
#define GL_COLOR_ATTACHMENT12_EXT                        0x8CEC
#define GL_COLOR_ATTACHMENT13_EXT                        0x8CED
#define GL_COLOR_ATTACHMENT14_EXT                        0x8CEE
#define GL_COLOR_ATTACHMENT15_EXT                        0x8CEF
typedef void (GL_APIENTRYP PFNGLDRAWBUFFERSEXTPROC) (GLsizei n, const GLenum *bufs);
#ifdef GL_GLEXT_PROTOTYPES
GL_APICALL void GL_APIENTRY glDrawBuffersEXT (GLsizei n, const GLenum *bufs);
#endif
#endif /* GL_EXT_draw_buffers */

/* GL_EXT_frag_depth (WebGL: EXT_frag_depth): gl_FragDepthEXT in fragment shaders; no new tokens. */
#ifndef GL_EXT_frag_depth
#define GL_EXT_frag_depth 1
#endif /* GL_EXT_frag_depth */

/* GL_EXT_sRGB (WebGL: EXT_sRGB): sRGB textures and renderbuffers for WebGL 1. */
#ifndef GL_EXT_sRGB
#define GL_EXT_sRGB 1
#define GL_SRGB_EXT                                      0x8C40
#define GL_SRGB_ALPHA_EXT                                0x8C42
#define GL_SRGB8_ALPHA8_EXT                              0x8C43
#define GL_FRAMEBUFFER_ATTACHMENT_COLOR_ENCODING_EXT     0x8210
#endif /* GL_EXT_sRGB */

/* GL_EXT_shader_texture_lod (WebGL: EXT_shader_texture_lod): Explicit LOD texture lookups in fragment shaders; no new tokens. */
#ifndef GL_EXT_shader_texture_lod
#define GL_EXT_shader_texture_lod 1
#endif /* GL_EXT_shader_texture_lod */

/* GL_EXT_texture_compression_s3tc (WebGL: WEBGL_compressed_texture_s3tc): S3TC (DXT) compressed texture formats. */
#ifndef GL_EXT_texture_compression_s3tc
#define GL_EXT_texture_compression_s3tc 1
#define GL_COMPRESSED_RGB_S3TC_DXT1_EXT                  0x83F0
#define GL_COMPRESSED_RGBA_S3TC_DXT1_EXT                 0x83F1
#define GL_COMPRESSED_RGBA_S3TC_DXT3_EXT                 0x83F2
#define GL_COMPRESSED_RGBA_S3TC_DXT5_EXT                 0x83F3
#endif /* GL_EXT_texture_compression_s3tc */

/* GL_EXT_texture_filter_anisotropic (WebGL: EXT_texture_filter_anisotropic): Anisotropic texture filtering. */
#ifndef GL_EXT_texture_filter_anisotropic
#define GL_EXT_texture_filter_anisotropic 1
#define GL_TEXTURE_MAX_ANISOTROPY_EXT                    0x84FE
#define GL_MAX_TEXTURE_MAX_ANISOTROPY_EXT                0x84FF
#endif /* GL_EXT_texture_filter_anisotropic */

/* GL_IMG_texture_compression_pvrtc (WebGL: WEBGL_compressed_texture_pvrtc): PVRTC compressed texture formats. */
#ifndef GL_IMG_texture_compression_pvrtc
#define GL_IMG_texture_compression_pvrtc 1
#define GL_COMPRESSED_RGB_PVRTC_4BPPV1_IMG               0x8C00
#define GL_COMPRESSED_RGB_PVRTC_2BPPV1_IMG               0x8C01
#define GL_COMPRESSED_RGBA_PVRTC_4BPPV1_IMG              0x8C02
#define GL_COMPRESSED_RGBA_PVRTC_2BPPV1_IMG              0x8C03
#endif /* GL_IMG_texture_compression_pvrtc */

/* GL_KHR_parallel_shader_compile (WebGL: KHR_parallel_shader_compile): Polling whether a shader compile or program link has finished. */
#ifndef GL_KHR_parallel_shader_compile
#define GL_KHR_parallel_shader_compile 1
#define GL_COMPLETION_STATUS_KHR                         0x91B1
#endif /* GL_KHR_parallel_shader_compile */

/* GL_KHR_texture_compression_astc_ldr (WebGL: WEBGL_compressed_texture_astc): ASTC compressed texture formats (LDR profile). */
#ifndef GL_KHR_texture_compression_astc_ldr
#define GL_KHR_texture_compression_astc_ldr 1
#define GL_COMPRESSED_RGBA_ASTC_4x4_KHR                  0x93B0
#define GL_COMPRESSED_RGBA_ASTC_5x4_KHR                  0x93B1
#define GL_COMPRESSED_RGBA_ASTC_5x5_KHR                  0x93B2
#define GL_COMPRESSED_RGBA_ASTC_6x5_KHR                  0x93B3
#define GL_COMPRESSED_RGBA_ASTC_6x6_KHR                  0x93B4
#define GL_COMPRESSED_RGBA_ASTC_8x5_KHR                  0x93B5
#define GL_COMPRESSED_RGBA_ASTC_8x6_KHR                  0x93B6
#define GL_COMPRESSED_RGBA_ASTC_8x8_KHR                  0x93B7
#define GL_COMPRESSED_RGBA_ASTC_10x5_KHR                 0x93B8
#define GL_COMPRESSED_RGBA_ASTC_10x6_KHR                 0x93B9
#define GL_COMPRESSED_RGBA_ASTC_10x8_KHR                 0x93BA
#define GL_COMPRESSED_RGBA_ASTC_10x10_KHR                0x93BB
#define GL_COMPRESSED_RGBA_ASTC_12x10_KHR                0x93BC
#define GL_COMPRESSED_RGBA_ASTC_12x12_KHR                0x93BD
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR          0x93D0
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR          0x93D1
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR          0x93D2
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR          0x93D3
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR          0x93D4
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR          0x93D5
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR          0x93D6
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR          0x93D7
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR         0x93D8
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR         0x93D9
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR         0x93DA
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR        0x93DB
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR        0x93DC
#define GL_COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR        0x93DD
#endif /* GL_KHR_texture_compression_astc_ldr */

/* GL_OES_compressed_ETC1_RGB8_texture (WebGL: WEBGL_compressed_texture_etc1): ETC1 compressed texture format. */
#ifndef GL_OES_compressed_ETC1_RGB8_texture
#define GL_OES_compressed_ETC1_RGB8_texture 1
#define GL_ETC1_RGB8_OES                                 0x8D64
#endif /* GL_OES_compressed_ETC1_RGB8_texture */

/* GL_OES_depth_texture (WebGL: WEBGL_depth_texture): Depth textures; no new tokens. */
#ifndef GL_OES_depth_texture
#define GL_OES_depth_texture 1
#endif /* GL_OES_depth_texture */

/* GL_OES_element_index_uint (WebGL: OES_element_index_uint): GL_UNSIGNED_INT indices for glDrawElements; no new tokens. */
#ifndef GL_OES_element_index_uint
#define GL_OES_element_index_uint 1
#endif /* GL_OES_element_index_uint */

/* GL_OES_packed_depth_stencil (WebGL: WEBGL_depth_texture): Packed depth/stencil formats. */
#ifndef GL_OES_packed_depth_stencil
#define GL_OES_packed_depth_stencil 1
#define GL_DEPTH_STENCIL_OES                             0x84F9
#define GL_UNSIGNED_INT_24_8_OES                         0x84FA
#define GL_DEPTH24_STENCIL8_OES                          0x88F0
#endif /* GL_OES_packed_depth_stencil */

/* GL_OES_standard_derivatives (WebGL: OES_standard_derivatives): dFdx, dFdy and fwidth in fragment shaders. */
#ifndef GL_OES_standard_derivatives
#define GL_OES_standard_derivatives 1
#define GL_FRAGMENT_SHADER_DERIVATIVE_HINT_OES           0x8B8B
#endif /* GL_OES_standard_derivatives */

/* GL_OES_texture_float (WebGL: OES_texture_float): 32-bit float textures; no new tokens. */
#ifndef GL_OES_texture_float
#define GL_OES_texture_float 1
#endif /* GL_OES_texture_float */

/* GL_OES_texture_float_linear (WebGL: OES_texture_float_linear): Linear filtering of 32-bit float textures; no new tokens. */
#ifndef GL_OES_texture_float_linear
#define GL_OES_texture_float_linear 1
#endif /* GL_OES_texture_float_linear */

/* GL_OES_texture_half_float (WebGL: OES_texture_half_float): 16-bit float textures. */
#ifndef GL_OES_texture_half_float
#define GL_OES_texture_half_float 1
#define GL_HALF_FLOAT_OES                                0x8D61
#endif /* GL_OES_texture_half_float */

/* GL_OES_texture_half_float_linear (WebGL: OES_texture_half_float_linear): Linear filtering of 16-bit float textures; no new tokens. */
#ifndef GL_OES_texture_half_float_linear
#define GL_OES_texture_half_float_linear 1
#endif /* GL_OES_texture_half_float_linear */

/* GL_OES_vertex_array_object (WebGL: OES_vertex_array_object): Vertex array objects for WebGL 1. */
#ifndef GL_OES_vertex_array_object
#define GL_OES_vertex_array_object 1
#define GL_VERTEX_ARRAY_BINDING_OES                      0x85B5
typedef void (GL_APIENTRYP PFNGLBINDVERTEXARRAYOESPROC) (GLuint array);
typedef void (GL_APIENTRYP PFNGLDELETEVERTEXARRAYSOESPROC) (GLsizei n, const GLuint *arrays);
typedef void (GL_APIENTRYP PFNGLGENVERTEXARRAYSOESPROC) (GLsizei n, GLuint *arrays);
typedef GLboolean (GL_APIENTRYP PFNGLISVERTEXARRAYOESPROC) (GLuint array);
#ifdef GL_GLEXT_PROTOTYPES
GL_APICALL void GL_APIENTRY glBindVertexArrayOES (GLuint array);
GL_APICALL void GL_APIENTRY glDeleteVertexArraysOES (GLsizei n, const GLuint *arrays);
GL_APICALL void GL_APIENTRY glGenVertexArraysOES (GLsizei n, GLuint *arrays);
GL_APICALL GLboolean GL_APIENTRY glIsVertexArrayOES (GLuint array);
#endif
#endif /* GL_OES_vertex_array_object */

#ifdef __cplusplus
}
#endif

#endif /* __gles2_gl2ext_h_ */
