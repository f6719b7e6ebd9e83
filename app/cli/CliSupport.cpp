#include "CliSupport.h"

#include "AudioFile.h"
#include "Error.h"

#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace wb::cli {

CommandLine::CommandLine(const QString &command, const QString &description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void CommandLine::addPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    m_positionalNames << name;
}

void CommandLine::addOption(const QString &names, const QString &description,
                            const QString &valueName, const QString &defaultValue)
{
    QCommandLineOption option(names.split(QLatin1Char(',')), description, valueName, defaultValue);
    m_parser.addOption(option);
}

bool CommandLine::parse(const QStringList &arguments)
{
    QStringList args = arguments;
    args.prepend(QStringLiteral("wavebench ") + m_command);
    if (!m_parser.parse(args))
        throw UsageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        // helpText() names the binary's full path; show the command as it is typed.
        QString help = m_parser.helpText();
        const int end = help.indexOf(QLatin1Char(' '), int(qstrlen("Usage: ")));
        if (help.startsWith(QLatin1String("Usage: ")) && end > 0)
            help.replace(0, end, QStringLiteral("Usage: wavebench ") + m_command);
        printOut(help);
        return false;
    }
    return true;
}

QStringList CommandLine::positionals(int count) const
{
    const QStringList p = m_parser.positionalArguments();
    if (p.size() < count)
        throw UsageError(QStringLiteral("missing %1 (see --help)").arg(m_positionalNames.value(p.size())));
    if (p.size() > count)
        throw UsageError(QStringLiteral("unexpected argument '%1' (see --help)").arg(p.at(count)));
    return p;
}

int CommandLine::intValue(const QString &name, int min, int max) const
{
    bool ok = false;
    const QString text = m_parser.value(name);
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        throw UsageError(QStringLiteral("--%1 must be an integer from %2 to %3, not '%4'")
                             .arg(name).arg(min).arg(max).arg(text));
    return v;
}

double CommandLine::doubleValue(const QString &name, double min, double max) const
{
    bool ok = false;
    const QString text = m_parser.value(name);
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max)
        throw UsageError(QStringLiteral("--%1 must be a number from %2 to %3, not '%4'")
                             .arg(name).arg(min).arg(max).arg(text));
    return v;
}

QString CommandLine::output() const
{
    const QString out = m_parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        throw UsageError(QStringLiteral("missing -o OUTPUT (see --help)"));
    return out;
}

void addRateOption(CommandLine &cl)
{
    cl.addOption(QStringLiteral("sr"), QStringLiteral("Analysis sample rate in Hz; 0 keeps the file's."),
                 QStringLiteral("HZ"), QStringLiteral("22050"));
}

AudioBuffer loadMono(const CommandLine &cl, const QString &path)
{
    ReadOptions options;
    const int sr = cl.intValue(QStringLiteral("sr"), 0, 384000);
    if (sr != 0 && sr < 1000)
        throw UsageError(QStringLiteral("--sr must be 0 or at least 1000 Hz, not %1").arg(sr));
    options.targetRate = sr;
    options.mono = true;
    const AudioFileInfo info = AudioFile::probe(path.toStdString());
    if (!info.warning.empty())
        printError({}, QStringLiteral("warning: ") + QString::fromStdString(info.warning));
    return AudioFile::read(path.toStdString(), options);
}

void addStftOptions(CommandLine &cl)
{
    cl.addOption(QStringLiteral("n-fft"), QStringLiteral("FFT size in samples."), QStringLiteral("N"),
                 QStringLiteral("2048"));
    cl.addOption(QStringLiteral("hop"), QStringLiteral("Hop length in samples."), QStringLiteral("N"),
                 QStringLiteral("512"));
    cl.addOption(QStringLiteral("win-length"), QStringLiteral("Window length; 0 means n-fft."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("window"),
                 QStringLiteral("Window: hann, hamming, blackman or rectangular."),
                 QStringLiteral("NAME"), QStringLiteral("hann"));
}

StftParams stftParams(const CommandLine &cl)
{
    StftParams p;
    p.nFft = cl.intValue(QStringLiteral("n-fft"), 16, 65536);
    p.hop = cl.intValue(QStringLiteral("hop"), 1, 65536);
    p.winLength = cl.intValue(QStringLiteral("win-length"), 0, p.nFft);
    try {
        p.window = windowTypeFromName(cl.value(QStringLiteral("window")).toStdString());
        p.validate();
    } catch (const wb::Error &e) {
        throw UsageError(QString::fromStdString(e.what()));
    }
    return p;
}

void printError(const QString &command, const QString &message)
{
    QString line = message.simplified(); // one line, whatever the message held
    const QString prefix = command.isEmpty() ? QStringLiteral("wavebench: ")
                                             : QStringLiteral("wavebench %1: ").arg(command);
    std::fputs((prefix + line + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    QTextStream out(stdout);
    out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        out << '\n';
}

} // namespace wb::cli
