#include "util/interrupt.h"

#include <pthread.h>

namespace pvpp {
namespace {

volatile std::sig_atomic_t g_signal = 0;

extern "C" void note_signal(int sig) { g_signal = sig; }

}  // namespace

// SA_RESETHAND: the first signal is noted, a second one (an impatient Ctrl-C) ends the
// process. SA_RESTART: reading files and waiting for Chromium are not cut short.
InterruptGuard::InterruptGuard() {
    g_signal = 0;
    struct sigaction sa{};
    sa.sa_handler = note_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND | SA_RESTART;
    sigaction(SIGINT, &sa, &m_old_int);
    sigaction(SIGTERM, &sa, &m_old_term);
}

InterruptGuard::~InterruptGuard() {
    sigaction(SIGINT, &m_old_int, nullptr);
    sigaction(SIGTERM, &m_old_term, nullptr);
}

int interrupted() { return g_signal; }

SignalBlock::SignalBlock() {
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &block, &m_old);
}

SignalBlock::~SignalBlock() { pthread_sigmask(SIG_SETMASK, &m_old, nullptr); }

}  // namespace pvpp
