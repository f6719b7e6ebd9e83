#pragma once
#include <cstddef>
#include <string>

namespace wb {

/**
 * A file written atomically: the bytes go to a fresh temporary file in the
 * destination's folder, and commit() flushes it to disk and renames it over the
 * destination, so readers see the old file or the complete new one, never a
 * half-written one. Destroying it uncommitted removes the temporary file and
 * leaves any existing destination untouched. One object per thread; problems
 * (missing folder, no permission, full disk) throw wb::Error naming the path.
 */
class AtomicFile
{
public:
    explicit AtomicFile(const std::string &path);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    /** Descriptor of the temporary file, open for reading and writing. */
    int fd() const { return m_fd; }
    const std::string &path() const { return m_path; }
    const std::string &tempPath() const { return m_tempPath; }

    /** Appends all of data to the temporary file. */
    void write(const void *data, std::size_t size);
    /** Syncs, closes and renames the temporary file over the destination. */
    void commit();

    /** "Cannot write '<path>': <reason>", the wording every writer uses. */
    static std::string failure(const std::string &path, const std::string &reason);

private:
    void discard() noexcept;

    std::string m_path;
    std::string m_tempPath;
    int m_fd = -1;
    bool m_committed = false;
};

} // namespace wb
