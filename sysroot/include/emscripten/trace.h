/* Emscripten's tracing API. Tracing is on only when a program is built
 * with --tracing, which wasmcc does not offer, and with tracing off each
 * call is documented to compile to nothing: these macros do that, without
 * evaluating their arguments. */
#pragma once

#define emscripten_trace_configure(collector_url, application) ((void)0)
#define emscripten_trace_configure_for_google_wtf() ((void)0)
#define emscripten_trace_configure_for_test() ((void)0)
#define emscripten_trace_set_enabled(enabled) ((void)0)
#define emscripten_trace_set_session_username(username) ((void)0)
#define emscripten_trace_record_frame_start() ((void)0)
#define emscripten_trace_record_frame_end() ((void)0)
#define emscripten_trace_mark(message) ((void)0)
#define emscripten_trace_log_message(channel, message) ((void)0)
#define emscripten_trace_report_error(error) ((void)0)
#define emscripten_trace_record_allocation(address, size) ((void)0)
#define emscripten_trace_record_reallocation(old_address, new_address, size) ((void)0)
#define emscripten_trace_record_free(address) ((void)0)
#define emscripten_trace_annotate_address_type(address, type) ((void)0)
#define emscripten_trace_associate_storage_size(address, size) ((void)0)
#define emscripten_trace_report_memory_layout() ((void)0)
#define emscripten_trace_report_off_heap_data() ((void)0)
#define emscripten_trace_enter_context(name) ((void)0)
#define emscripten_trace_exit_context() ((void)0)
#define emscripten_trace_task_start(task_id, name) ((void)0)
#define emscripten_trace_task_associate_data(key, value) ((void)0)
#define emscripten_trace_task_suspend(explanation) ((void)0)
#define emscripten_trace_task_resume(task_id, explanation) ((void)0)
#define emscripten_trace_task_end() ((void)0)
#define emscripten_trace_close() ((void)0)
