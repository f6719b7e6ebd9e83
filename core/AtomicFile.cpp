#include "AtomicFile.h"
#include "Error.h"

#include <atomic>
#include <cstdio>
#include <cerrno>
#include <filesystem>
#include <random>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace wb {

namespace {

std::string errnoText(int err)
{
    return std::error_code(err, std::generic_category()).message();
}

std::string tempSuffix()
{
    // Unique across threads and processes writing to the same folder; O_EXCL
    // below makes a collision a retry rather than a clobber.
    static std::atomic<unsigned> counter{0};
    thread_local std::mt19937 rng{std::random_device{}()};
    char buf[48];
    std::snprintf(buf, sizeof buf, ".%ld.%u.%08x.tmp", long(::getpid()), counter.fetch_add(1),
                  unsigned(rng()));
    return buf;
}

} // namespace

std::string AtomicFile::failure(const std::string &path, const std::string &reason)
{
    return "Cannot write '" + path + "': " + reason;
}

AtomicFile::AtomicFile(const std::string &path)
    : m_path(path)
{
    if (path.empty())
        throw Error("Cannot write a file with an empty name");
    const fs::path target(path);
    std::error_code ec;
    if (fs::is_directory(target, ec))
        throw Error(failure(path, "it is a folder"));
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::exists(dir, ec))
        throw Error(failure(path, "folder '" + dir.string() + "' does not exist"));
    if (!fs::is_directory(dir, ec))
        throw Error(failure(path, "'" + dir.string() + "' is not a folder"));

    // Same folder as the destination, so the final rename never crosses a
    // file system and stays atomic. Hidden, so file browsers do not show it.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path temp = dir / ("." + target.filename().string() + tempSuffix());
        m_fd = ::open(temp.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd >= 0) {
            m_tempPath = temp.string();
            return;
        }
        if (errno != EEXIST)
            break;
    }
    const int err = errno;
    if (err == EACCES || err == EPERM)
        throw Error(failure(path, "permission denied in folder '" + dir.string() + "'"));
    throw Error(failure(path, errnoText(err)));
}

AtomicFile::~AtomicFile()
{
    if (!m_committed)
        discard();
}

void AtomicFile::discard() noexcept
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_tempPath.empty()) {
        std::error_code ec;
        fs::remove(m_tempPath, ec);
    }
}

void AtomicFile::write(const void *data, std::size_t size)
{
    const auto *p = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t n = ::write(m_fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw Error(failure(m_path, n < 0 ? errnoText(errno) : "nothing was written"));
        p += n;
        size -= std::size_t(n);
    }
}

void AtomicFile::commit()
{
    // fsync before rename: otherwise a crash can leave the new name pointing
    // at an empty file, which is exactly what writing atomically should avoid.
    if (::fsync(m_fd) != 0)
        throw Error(failure(m_path, errnoText(errno)));
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        throw Error(failure(m_path, errnoText(errno)));
    std::error_code ec;
    fs::rename(m_tempPath, m_path, ec);
    if (ec)
        throw Error(failure(m_path, ec.message()));
    m_committed = true;

    const fs::path dir = fs::path(m_path).has_parent_path() ? fs::path(m_path).parent_path()
                                                            : fs::path(".");
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) { // best effort: makes the rename itself durable
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

} // namespace wb
