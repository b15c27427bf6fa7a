// The parts of libc++'s library that Debian's wasm32 build leaves out, for
// the headers that the sysroot's __config_site turns back on. One file, so
// that building the sysroot parses libc++'s headers once.
//
// File streams: the instantiations that <fstream> declares extern, as
// libc++'s own library would hold them.
//
// Threads, for a program with one thread: Debian builds libc++ without
// threads, which hides std::mutex, std::condition_variable and std::thread
// from every program, though most programs that lock never start a thread.
// The headers' thread support sits on the pthread functions of
// libc-shims/pthread.c, and these definitions complete it: locks behave as
// with one thread on Linux (a second lock of a plain mutex is a deadlock,
// reported), timed waits sleep until their deadline, and starting a thread
// fails as pthread_create does (EAGAIN), which libc++ reports before it
// aborts, exceptions being off.
//
// Only what a program references is linked: --gc-sections drops the rest.

#include <atomic>
#include <condition_variable>
#include <fstream>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <system_error>
#include <thread>
#include <time.h>

_LIBCPP_BEGIN_NAMESPACE_STD

template class basic_filebuf<char>;
template class basic_ifstream<char>;
template class basic_ofstream<char>;

// mutex and recursive_mutex: the pthread calls, checked as libc++ checks them.

mutex::~mutex() noexcept { __libcpp_mutex_destroy(&__m_); }

void mutex::lock() {
  int ec = __libcpp_mutex_lock(&__m_);
  if (ec)
    __throw_system_error(ec, "mutex lock failed");
}

bool mutex::try_lock() noexcept { return __libcpp_mutex_trylock(&__m_); }

void mutex::unlock() noexcept { __libcpp_mutex_unlock(&__m_); }

recursive_mutex::recursive_mutex() {
  int ec = __libcpp_recursive_mutex_init(&__m_);
  if (ec)
    __throw_system_error(ec, "recursive_mutex constructor failed");
}

recursive_mutex::~recursive_mutex() { __libcpp_recursive_mutex_destroy(&__m_); }

void recursive_mutex::lock() {
  int ec = __libcpp_recursive_mutex_lock(&__m_);
  if (ec)
    __throw_system_error(ec, "recursive_mutex lock failed");
}

bool recursive_mutex::try_lock() noexcept { return __libcpp_recursive_mutex_trylock(&__m_); }

void recursive_mutex::unlock() noexcept { __libcpp_recursive_mutex_unlock(&__m_); }

// timed_mutex and recursive_timed_mutex: a flag (or owner and count) under a
// mutex, with a condition variable for waiters, as the headers lay them out.

timed_mutex::timed_mutex() : __locked_(false) {}

timed_mutex::~timed_mutex() { lock_guard<mutex> guard(__m_); }

void timed_mutex::lock() {
  unique_lock<mutex> lk(__m_);
  while (__locked_)
    __cv_.wait(lk);
  __locked_ = true;
}

bool timed_mutex::try_lock() noexcept {
  unique_lock<mutex> lk(__m_, try_to_lock);
  if (lk.owns_lock() && !__locked_) {
    __locked_ = true;
    return true;
  }
  return false;
}

void timed_mutex::unlock() noexcept {
  lock_guard<mutex> guard(__m_);
  __locked_ = false;
  __cv_.notify_one();
}

recursive_timed_mutex::recursive_timed_mutex() : __count_(0) {}

recursive_timed_mutex::~recursive_timed_mutex() { lock_guard<mutex> guard(__m_); }

void recursive_timed_mutex::lock() {
  __thread_id id = this_thread::get_id();
  unique_lock<mutex> lk(__m_);
  if (id == __id_) {
    if (__count_ == numeric_limits<size_t>::max())
      __throw_system_error(EAGAIN, "recursive_timed_mutex lock limit reached");
    ++__count_;
    return;
  }
  while (__count_ != 0)
    __cv_.wait(lk);
  __count_ = 1;
  __id_    = id;
}

bool recursive_timed_mutex::try_lock() noexcept {
  __thread_id id = this_thread::get_id();
  unique_lock<mutex> lk(__m_, try_to_lock);
  if (lk.owns_lock() && (__count_ == 0 || id == __id_)) {
    if (__count_ == numeric_limits<size_t>::max())
      return false;
    ++__count_;
    __id_ = id;
    return true;
  }
  return false;
}

void recursive_timed_mutex::unlock() noexcept {
  unique_lock<mutex> lk(__m_);
  if (--__count_ == 0) {
    __id_.__reset();
    lk.unlock();
    __cv_.notify_one();
  }
}

// condition_variable: the pthread calls. With one thread a wait cannot be
// ended by another, so pthread_cond_wait returns at once (a spurious wakeup,
// which callers check for) and a timed wait sleeps until its deadline.

condition_variable::~condition_variable() { __libcpp_condvar_destroy(&__cv_); }

void condition_variable::notify_one() noexcept { __libcpp_condvar_signal(&__cv_); }

void condition_variable::notify_all() noexcept { __libcpp_condvar_broadcast(&__cv_); }

void condition_variable::wait(unique_lock<mutex>& lk) noexcept {
  if (!lk.owns_lock())
    __throw_system_error(EPERM, "condition_variable::wait: mutex not locked");
  int ec = __libcpp_condvar_wait(&__cv_, lk.mutex()->native_handle());
  if (ec)
    __throw_system_error(ec, "condition_variable wait failed");
}

void condition_variable::__do_timed_wait(unique_lock<mutex>& lk,
                                         chrono::time_point<chrono::system_clock, chrono::nanoseconds> tp) noexcept {
  if (!lk.owns_lock())
    __throw_system_error(EPERM, "condition_variable::timed wait: mutex not locked");
  chrono::nanoseconds d = tp.time_since_epoch();
  timespec ts;
  ts.tv_sec  = static_cast<time_t>(d.count() / 1000000000);
  ts.tv_nsec = static_cast<long>(d.count() % 1000000000);
  int ec     = __libcpp_condvar_timedwait(&__cv_, lk.mutex()->native_handle(), &ts);
  if (ec != 0 && ec != ETIMEDOUT)
    __throw_system_error(ec, "condition_variable timed_wait failed");
}

void notify_all_at_thread_exit(condition_variable& cond, unique_lock<mutex> lk) {
  // The only thread's exit is the program's: nobody is left to wake.
  (void)cond;
  lk.unlock();
}

// shared_mutex: one writer or many readers, counted in __state_.

__shared_mutex_base::__shared_mutex_base() : __state_(0) {}

void __shared_mutex_base::lock() {
  unique_lock<mutex> lk(__mut_);
  while (__state_ & __write_entered_)
    __gate1_.wait(lk);
  __state_ |= __write_entered_;
  while (__state_ & __n_readers_)
    __gate2_.wait(lk);
}

bool __shared_mutex_base::try_lock() {
  unique_lock<mutex> lk(__mut_);
  if (__state_ == 0) {
    __state_ = __write_entered_;
    return true;
  }
  return false;
}

void __shared_mutex_base::unlock() {
  lock_guard<mutex> guard(__mut_);
  __state_ = 0;
  __gate1_.notify_all();
}

void __shared_mutex_base::lock_shared() {
  unique_lock<mutex> lk(__mut_);
  while ((__state_ & __write_entered_) || (__state_ & __n_readers_) == __n_readers_)
    __gate1_.wait(lk);
  unsigned readers = (__state_ & __n_readers_) + 1;
  __state_ &= ~__n_readers_;
  __state_ |= readers;
}

bool __shared_mutex_base::try_lock_shared() {
  unique_lock<mutex> lk(__mut_);
  unsigned readers = __state_ & __n_readers_;
  if (!(__state_ & __write_entered_) && readers != __n_readers_) {
    ++readers;
    __state_ &= ~__n_readers_;
    __state_ |= readers;
    return true;
  }
  return false;
}

void __shared_mutex_base::unlock_shared() {
  lock_guard<mutex> guard(__mut_);
  unsigned readers = (__state_ & __n_readers_) - 1;
  __state_ &= ~__n_readers_;
  __state_ |= readers;
  if (__state_ & __write_entered_) {
    if (readers == 0)
      __gate2_.notify_one();
  } else if (readers == __n_readers_ - 1) {
    __gate1_.notify_one();
  }
}

shared_timed_mutex::shared_timed_mutex() {}
void shared_timed_mutex::lock() { __base_.lock(); }
bool shared_timed_mutex::try_lock() { return __base_.try_lock(); }
void shared_timed_mutex::unlock() { __base_.unlock(); }
void shared_timed_mutex::lock_shared() { __base_.lock_shared(); }
bool shared_timed_mutex::try_lock_shared() { return __base_.try_lock_shared(); }
void shared_timed_mutex::unlock_shared() { __base_.unlock_shared(); }

// std::thread: none can start (pthread_create fails), so none can be joined.

thread::~thread() {
  if (!__libcpp_thread_isnull(&__t_))
    terminate();
}

void thread::join() {
  int ec = EINVAL;
  if (!__libcpp_thread_isnull(&__t_)) {
    ec = __libcpp_thread_join(&__t_);
    if (ec == 0)
      __t_ = _LIBCPP_NULL_THREAD;
  }
  if (ec)
    __throw_system_error(ec, "thread::join failed");
}

void thread::detach() {
  int ec = EINVAL;
  if (!__libcpp_thread_isnull(&__t_)) {
    ec = __libcpp_thread_detach(&__t_);
    if (ec == 0)
      __t_ = _LIBCPP_NULL_THREAD;
  }
  if (ec)
    __throw_system_error(ec, "thread::detach failed");
}

unsigned thread::hardware_concurrency() noexcept { return 1; }

namespace this_thread {
void sleep_for(const chrono::nanoseconds& ns) {
  if (ns > chrono::nanoseconds::zero())
    __libcpp_thread_sleep_for(ns);
}
} // namespace this_thread

// The per-thread record a new thread's function receives; with no thread to
// outlive, it holds nothing.
class __thread_struct_imp {};

__thread_struct::__thread_struct() : __p_(nullptr) {}
__thread_struct::~__thread_struct() {}
void __thread_struct::notify_all_at_thread_exit(condition_variable*, mutex*) {}
void __thread_struct::__make_ready_at_thread_exit(__assoc_sub_state*) {}

__thread_specific_ptr<__thread_struct>& __thread_local_data() {
  static __thread_specific_ptr<__thread_struct> data;
  return data;
}

// Its members are templates in the header; the library holds them.
template class __thread_specific_ptr<__thread_struct>;

// std::atomic's wait and notify: nothing else can change the value, so a
// wait that would block is a deadlock, reported rather than spun.

void __cxx_atomic_notify_one(void const volatile*) noexcept {}
void __cxx_atomic_notify_all(void const volatile*) noexcept {}
void __cxx_atomic_notify_one(__cxx_atomic_contention_t const volatile*) noexcept {}
void __cxx_atomic_notify_all(__cxx_atomic_contention_t const volatile*) noexcept {}

__cxx_contention_t __libcpp_atomic_monitor(void const volatile*) noexcept { return 0; }
__cxx_contention_t __libcpp_atomic_monitor(__cxx_atomic_contention_t const volatile*) noexcept { return 0; }

void __libcpp_atomic_wait(void const volatile*, __cxx_contention_t) noexcept {
  __libcpp_verbose_abort("std::atomic wait would block forever: this program has one thread\n");
}
void __libcpp_atomic_wait(__cxx_atomic_contention_t const volatile*, __cxx_contention_t) noexcept {
  __libcpp_verbose_abort("std::atomic wait would block forever: this program has one thread\n");
}

// The lock behind std::atomic_load and friends on shared_ptr.

_LIBCPP_CONSTEXPR __sp_mut::__sp_mut(void* p) noexcept : __lx_(p) {}
void __sp_mut::lock() noexcept {}
void __sp_mut::unlock() noexcept {}

__sp_mut& __get_sp_mut(const void*) {
  static __sp_mut mut(nullptr);
  return mut;
}

_LIBCPP_END_NAMESPACE_STD
