#pragma once
#include "AudioBuffer.h"
#include "Stft.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace wb::cli {

/** Exit codes of every command: 0 done, 1 the work failed (bad file...), 2 bad usage. */
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/** Thrown for a wrong command line; the dispatcher prints it as one line and exits 2. */
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

/**
 * One command's arguments: a QCommandLineParser with --help, plus typed option
 * readers that check ranges and throw UsageError with a message naming the
 * option. Used on the main thread by the command functions.
 */
class CommandLine
{
public:
    CommandLine(const QString &command, const QString &description);

    void addPositional(const QString &name, const QString &description);
    void addOption(const QString &names, const QString &description,
                   const QString &valueName = {}, const QString &defaultValue = {});
    /** false when --help was asked for (help is then printed to stdout). */
    bool parse(const QStringList &arguments);
    /** The positional arguments; throws UsageError unless there are exactly count. */
    QStringList positionals(int count) const;

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    int intValue(const QString &name, int min, int max) const;
    double doubleValue(const QString &name, double min, double max) const;
    /** The -o/--output path; throws UsageError when missing. */
    QString output() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QStringList m_positionalNames;
};

/** Adds --sr (analysis rate, 0 = keep the file's). */
void addRateOption(CommandLine &cl);
/** Reads FILE as mono at --sr, as librosa.load would. */
AudioBuffer loadMono(const CommandLine &cl, const QString &path);
/** Adds --n-fft, --hop, --win-length, --window. */
void addStftOptions(CommandLine &cl);
StftParams stftParams(const CommandLine &cl);

/** Prints "wavebench <command>: <message>" as one line on stderr. */
void printError(const QString &command, const QString &message);
/** Prints text to stdout. */
void printOut(const QString &text);

} // namespace wb::cli
