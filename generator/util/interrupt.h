// SIGINT and SIGTERM during a build: noted, so the build stops at a safe point, and held
// back while output is being replaced, so output/ is never left half old, half new.
#pragma once
#include <csignal>

namespace pvpp {

/// While it lives, SIGINT and SIGTERM set a flag (interrupted()) instead of ending the
/// process; a second signal ends it as usual. The previous handlers return on destruction.
class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    struct sigaction m_old_int{};
    struct sigaction m_old_term{};
};

/// The signal an InterruptGuard caught (SIGINT or SIGTERM), 0 when none.
int interrupted();

/// While it lives, SIGINT and SIGTERM wait (blocked in this thread and in threads it
/// starts); one that arrived meanwhile is delivered when it ends.
class SignalBlock {
public:
    SignalBlock();
    ~SignalBlock();
    SignalBlock(const SignalBlock&) = delete;
    SignalBlock& operator=(const SignalBlock&) = delete;

private:
    sigset_t m_old{};
};

}  // namespace pvpp
