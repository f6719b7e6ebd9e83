// `wavebench phonemes`: the text front-end (normalization, espeak-ng phonemes, symbol ids).
#include "Cli.h"
#include "CliSupport.h"
#include "text/SymbolTable.h"
#include "text/TextFrontEnd.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb::cli {

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

QJsonArray stringArray(const std::vector<std::string> &items)
{
    QJsonArray a;
    for (const std::string &s : items)
        a.append(qs(s));
    return a;
}

QString joined(const std::vector<std::string> &items, const QString &separator)
{
    QStringList parts;
    for (const std::string &s : items)
        parts << qs(s);
    return parts.join(separator);
}

} // namespace

int runPhonemes(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("phonemes"),
                   QStringLiteral("Normalize English text and turn it into IPA phonemes (espeak-ng, en-us),\n"
                                  "word by word, with the symbol ids a speech model reads.\n"
                                  "Stress marks are symbols of their own, before the stressed vowel."));
    cl.addPositional(QStringLiteral("TEXT"), QStringLiteral("The text, quoted."));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    cl.addOption(QStringLiteral("symbols"),
                 QStringLiteral("Map to ids with this symbol table (JSON, as saved beside a model)."),
                 QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("save-symbols"),
                 QStringLiteral("Also write the front-end's symbol table to FILE (JSON)."), QStringLiteral("FILE"));
    if (!cl.parse(arguments))
        return ExitOk;
    const std::string text = cl.positionals(1).at(0).toStdString();

    const text::SymbolTable table = cl.isSet(QStringLiteral("symbols"))
                                        ? text::SymbolTable::load(cl.value(QStringLiteral("symbols")).toStdString())
                                        : text::SymbolTable::englishIpa();
    if (cl.isSet(QStringLiteral("save-symbols")))
        table.save(cl.value(QStringLiteral("save-symbols")).toStdString());

    const text::Utterance u = text::TextFrontEnd::process(text);
    std::vector<std::string> unknown;
    const std::vector<int> ids = text::TextFrontEnd::ids(u, table, &unknown);

    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray wordArray;
        for (const text::PhonemeWord &w : u.words) {
            QJsonObject o;
            o[QStringLiteral("word")] = qs(w.word);
            o[QStringLiteral("phonemes")] = stringArray(w.phonemes);
            if (!w.pauseAfter.empty())
                o[QStringLiteral("pause")] = qs(w.pauseAfter);
            wordArray.append(o);
        }
        QJsonArray idArray;
        for (int id : ids)
            idArray.append(id);
        QJsonObject o;
        o[QStringLiteral("text")] = qs(u.text);
        o[QStringLiteral("normalized")] = qs(u.normalized);
        o[QStringLiteral("words")] = wordArray;
        o[QStringLiteral("symbols")] = stringArray(u.symbols);
        o[QStringLiteral("ids")] = idArray;
        o[QStringLiteral("symbol_table")] = qs(table.name());
        o[QStringLiteral("unknown")] = stringArray(unknown);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        QString ipa;
        for (const std::string &s : u.symbols)
            ipa += qs(s);
        QString perWord;
        for (const text::PhonemeWord &w : u.words)
            perWord += QStringLiteral("\n  %1 %2").arg(qs(w.word), -16).arg(joined(w.phonemes, QStringLiteral(" ")));
        printOut(QStringLiteral("normalized: %1\nphonemes:   %2\nwords:      %3%4")
                     .arg(qs(u.normalized), ipa)
                     .arg(u.words.size())
                     .arg(perWord));
    }
    if (!unknown.empty())
        printError(QStringLiteral("phonemes"),
                   QStringLiteral("warning: not in the symbol table, read as <unk>: %1")
                       .arg(joined(unknown, QStringLiteral(" "))));
    return ExitOk;
}

} // namespace wb::cli
