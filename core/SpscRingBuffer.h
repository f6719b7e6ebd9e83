#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <memory>
#include <type_traits>

namespace wb {

/**
 * A lock-free ring buffer for exactly one producer thread and one consumer
 * thread, e.g. a real-time audio callback and a file writer. All memory is
 * allocated in the constructor; push() and pop() never allocate, lock or
 * block, so the audio callback may call them. The capacity is rounded up to a
 * power of two so that positions wrap with a mask instead of a division.
 *
 * Threads: push() and availableToWrite() belong to the producer, pop() and
 * availableToRead() to the consumer; capacity() to anyone. A full buffer is
 * not an error: push() returns how many elements fitted and the caller
 * decides what a shortfall means (an overrun to count, for a recorder).
 */
template <typename T>
class SpscRingBuffer
{
    static_assert(std::is_trivially_copyable_v<T>,
                  "elements are copied with plain assignment on the audio thread");

public:
    explicit SpscRingBuffer(std::size_t minCapacity)
        : m_capacity(roundUpToPowerOfTwo(std::max<std::size_t>(minCapacity, 2))),
          m_mask(m_capacity - 1),
          m_data(std::make_unique<T[]>(m_capacity))
    {
    }
    SpscRingBuffer(const SpscRingBuffer &) = delete;
    SpscRingBuffer &operator=(const SpscRingBuffer &) = delete;

    std::size_t capacity() const { return m_capacity; }

    /** Producer: copies up to count elements in; returns how many fitted. */
    std::size_t push(const T *items, std::size_t count)
    {
        // Our own position needs no ordering; the consumer's needs acquire so
        // that we never overwrite a slot it is still reading.
        const std::size_t write = m_write.load(std::memory_order_relaxed);
        const std::size_t read = m_read.load(std::memory_order_acquire);
        const std::size_t n = std::min(count, m_capacity - (write - read));
        copyIn(write, items, n);
        // Release publishes the copied elements before the new position.
        m_write.store(write + n, std::memory_order_release);
        return n;
    }

    /** Consumer: copies up to count elements out; returns how many there were. */
    std::size_t pop(T *items, std::size_t count)
    {
        const std::size_t read = m_read.load(std::memory_order_relaxed);
        const std::size_t write = m_write.load(std::memory_order_acquire);
        const std::size_t n = std::min(count, write - read);
        copyOut(read, items, n);
        m_read.store(read + n, std::memory_order_release);
        return n;
    }

    /** Consumer: elements ready to pop (a lower bound while the producer runs). */
    std::size_t availableToRead() const
    {
        return m_write.load(std::memory_order_acquire) - m_read.load(std::memory_order_relaxed);
    }

    /** Producer: free slots (a lower bound while the consumer runs). */
    std::size_t availableToWrite() const
    {
        return m_capacity - (m_write.load(std::memory_order_relaxed) -
                             m_read.load(std::memory_order_acquire));
    }

private:
    static std::size_t roundUpToPowerOfTwo(std::size_t n)
    {
        std::size_t p = 1;
        while (p < n)
            p <<= 1;
        return p;
    }

    // Positions grow without bound and wrap only through the mask; unsigned
    // overflow after 2^64 elements keeps write - read correct.
    void copyIn(std::size_t position, const T *items, std::size_t n)
    {
        const std::size_t start = position & m_mask;
        const std::size_t first = std::min(n, m_capacity - start);
        std::copy(items, items + first, m_data.get() + start);
        std::copy(items + first, items + n, m_data.get());
    }

    void copyOut(std::size_t position, T *items, std::size_t n) const
    {
        const std::size_t start = position & m_mask;
        const std::size_t first = std::min(n, m_capacity - start);
        std::copy(m_data.get() + start, m_data.get() + start + first, items);
        std::copy(m_data.get(), m_data.get() + (n - first), items + first);
    }

    const std::size_t m_capacity;
    const std::size_t m_mask;
    std::unique_ptr<T[]> m_data;
    // Separate cache lines, so the two threads do not invalidate each other's
    // line on every update of their own position.
    alignas(64) std::atomic<std::size_t> m_write{0};
    alignas(64) std::atomic<std::size_t> m_read{0};
};

} // namespace wb
