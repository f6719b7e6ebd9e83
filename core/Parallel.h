#pragma once
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace wb {

/**
 * Runs work(i) for i in [0, n): i = 0 on the calling thread (so its progress
 * callback, which may cancel, stays where the caller expects it), the others
 * on threads of their own. When any of them throws, stop is set so the rest
 * can return early; after all have finished, the calling thread's exception,
 * or else the first other one, is rethrown.
 */
template <typename Work>
void runWorkers(int n, std::atomic<bool> &stop, Work work)
{
    std::vector<std::thread> pool;
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    for (int i = 1; i < n; ++i)
        pool.emplace_back([&, i] {
            try {
                work(i);
            } catch (...) {
                if (!failed.exchange(true))
                    failure = std::current_exception();
                stop = true;
            }
        });
    std::exception_ptr own;
    try {
        work(0);
    } catch (...) {
        own = std::current_exception();
        stop = true;
    }
    for (auto &t : pool)
        t.join();
    if (own)
        std::rethrow_exception(own);
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace wb
