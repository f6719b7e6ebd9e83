// SpscRingBuffer: capacity, full and empty edges, wrap-around, and a real
// producer/consumer pair moving a known sequence between two threads.
#include "SpscRingBuffer.h"

#include <QTest>

#include <cstdint>
#include <random>
#include <thread>
#include <vector>

using wb::SpscRingBuffer;

class TestRingBuffer : public QObject
{
    Q_OBJECT

private slots:
    void capacityIsRoundedUpToAPowerOfTwo();
    void pushStopsWhenFullAndPopWhenEmpty();
    void wrapsAroundTheEnd();
    void twoThreadsMoveAKnownSequence();
};

void TestRingBuffer::capacityIsRoundedUpToAPowerOfTwo()
{
    QCOMPARE(SpscRingBuffer<float>(1).capacity(), std::size_t(2));
    QCOMPARE(SpscRingBuffer<float>(8).capacity(), std::size_t(8));
    QCOMPARE(SpscRingBuffer<float>(1000).capacity(), std::size_t(1024));
}

void TestRingBuffer::pushStopsWhenFullAndPopWhenEmpty()
{
    SpscRingBuffer<int> ring(8);
    std::vector<int> in(12);
    for (int i = 0; i < 12; ++i)
        in[i] = i;
    QCOMPARE(ring.push(in.data(), 12), std::size_t(8));
    QCOMPARE(ring.availableToWrite(), std::size_t(0));
    QCOMPARE(ring.push(in.data(), 1), std::size_t(0));

    std::vector<int> out(12, -1);
    QCOMPARE(ring.pop(out.data(), 12), std::size_t(8));
    for (int i = 0; i < 8; ++i)
        QCOMPARE(out[i], i);
    QCOMPARE(ring.availableToRead(), std::size_t(0));
    QCOMPARE(ring.pop(out.data(), 1), std::size_t(0));
}

void TestRingBuffer::wrapsAroundTheEnd()
{
    SpscRingBuffer<int> ring(8);
    int value = 0;
    int expected = 0;
    // Chunks of 5 against a capacity of 8 put every copy at a different offset.
    for (int round = 0; round < 20; ++round) {
        int in[5];
        for (int &v : in)
            v = value++;
        QCOMPARE(ring.push(in, 5), std::size_t(5));
        int out[5];
        QCOMPARE(ring.pop(out, 5), std::size_t(5));
        for (int v : out)
            QCOMPARE(v, expected++);
    }
}

void TestRingBuffer::twoThreadsMoveAKnownSequence()
{
    // Small capacity, odd chunk sizes and several million elements: the two
    // threads keep meeting at the full and empty edges and at the wrap point.
    constexpr std::uint32_t kTotal = 4'000'000;
    SpscRingBuffer<std::uint32_t> ring(256);

    std::thread producer([&ring] {
        std::mt19937 rng(1);
        std::uniform_int_distribution<int> chunk(1, 300);
        std::vector<std::uint32_t> buf(300);
        std::uint32_t next = 0;
        while (next < kTotal) {
            const std::size_t want = std::min<std::size_t>(chunk(rng), kTotal - next);
            for (std::size_t i = 0; i < want; ++i)
                buf[i] = next + std::uint32_t(i);
            const std::size_t done = ring.push(buf.data(), want);
            next += std::uint32_t(done);
            if (done == 0)
                std::this_thread::yield();
        }
    });

    std::mt19937 rng(2);
    std::uniform_int_distribution<int> chunk(1, 300);
    std::vector<std::uint32_t> buf(300);
    std::uint32_t expected = 0;
    std::uint32_t mismatches = 0;
    while (expected < kTotal) {
        const std::size_t got = ring.pop(buf.data(), chunk(rng));
        for (std::size_t i = 0; i < got; ++i)
            mismatches += buf[i] != expected++;
        if (got == 0)
            std::this_thread::yield();
    }
    producer.join();
    QCOMPARE(mismatches, 0u);
    QCOMPARE(expected, kTotal);
    QCOMPARE(ring.availableToRead(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestRingBuffer)
#include "tst_ringbuffer.moc"
