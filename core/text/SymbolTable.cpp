#include "SymbolTable.h"

#include "AtomicFile.h"
#include "Error.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>

namespace wb::text {

namespace {

constexpr const char *kFormat = "wavebench-symbols";
constexpr int kVersion = 1;

// Never reorder or remove: a model's ids are positions in this list. Add at the end.
const char *const kEnglishIpa[] = {
    "<pad>", "<unk>", "<bos>", "<eos>", " ",
    ",", ";", ":", ".", "!", "?",
    "ˈ", "ˌ",
    // consonants
    "p", "b", "t", "d", "k", "ɡ", "f", "v", "θ", "ð", "s", "z", "ʃ", "ʒ", "h", "tʃ", "dʒ",
    "m", "n", "ŋ", "l", "ɹ", "w", "j", "ɾ", "ʔ", "n̩", "əl", "x", "r", "ɬ",
    // vowels
    "i", "iː", "ɪ", "e", "ɛ", "æ", "a", "ə", "ɚ", "ɐ", "ᵻ", "ʌ", "ʊ", "u", "uː",
    "ɑ", "ɑː", "ɒ", "ɔ", "ɔː", "o", "oː", "ɜ", "ɜː",
    // diphthongs, r-coloured vowels and other multi-letter units of espeak-ng en-us
    "eɪ", "aɪ", "oʊ", "aʊ", "ɔɪ", "iə", "eə", "ʊə", "aɪɚ", "aɪə", "aʊɚ",
    "ɑːɹ", "ɔːɹ", "oːɹ", "ɪɹ", "ɛɹ", "ʊɹ", "ɜːɹ", "ææ", "ɐɐ",
};

} // namespace

const SymbolTable &SymbolTable::englishIpa()
{
    static const SymbolTable table(std::vector<std::string>(std::begin(kEnglishIpa), std::end(kEnglishIpa)),
                                   "en-us-ipa");
    return table;
}

SymbolTable::SymbolTable(std::vector<std::string> symbols, std::string name)
    : m_name(std::move(name)), m_symbols(std::move(symbols))
{
    for (int i = 0; i < int(m_symbols.size()); ++i) {
        if (m_symbols[i].empty())
            throw Error("symbol table: symbol " + std::to_string(i) + " is empty");
        if (!m_ids.emplace(m_symbols[i], i).second)
            throw Error("symbol table: '" + m_symbols[i] + "' is listed twice");
    }
    for (const char *special : {kPad, kUnknown, kWordBoundary})
        if (!m_ids.count(special))
            throw Error(std::string("symbol table: the special symbol '") + special + "' is missing");
    m_unknownId = m_ids.at(kUnknown);
}

int SymbolTable::id(const std::string &symbol) const
{
    const auto it = m_ids.find(symbol);
    return it == m_ids.end() ? -1 : it->second;
}

const std::string &SymbolTable::symbol(int id) const
{
    return id >= 0 && id < size() ? m_symbols[id] : m_symbols[m_unknownId];
}

std::vector<int> SymbolTable::encode(const std::vector<std::string> &symbols, std::vector<std::string> *unknown) const
{
    std::vector<int> ids;
    ids.reserve(symbols.size());
    for (const std::string &s : symbols) {
        const int i = id(s);
        if (i < 0 && unknown && std::find(unknown->begin(), unknown->end(), s) == unknown->end())
            unknown->push_back(s);
        ids.push_back(i < 0 ? m_unknownId : i);
    }
    return ids;
}

std::vector<std::string> SymbolTable::decode(const std::vector<int> &ids) const
{
    std::vector<std::string> out;
    out.reserve(ids.size());
    for (int i : ids)
        out.push_back(symbol(i));
    return out;
}

std::string SymbolTable::toJson() const
{
    QJsonArray symbols;
    for (const std::string &s : m_symbols)
        symbols.append(QString::fromStdString(s));
    QJsonObject o;
    o[QStringLiteral("format")] = QString::fromLatin1(kFormat);
    o[QStringLiteral("version")] = kVersion;
    o[QStringLiteral("name")] = QString::fromStdString(m_name);
    o[QStringLiteral("stress")] = QStringLiteral("separate symbols before the stressed vowel");
    o[QStringLiteral("symbols")] = symbols;
    return QJsonDocument(o).toJson(QJsonDocument::Indented).toStdString();
}

SymbolTable SymbolTable::fromJson(const std::string &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (doc.isNull() || !doc.isObject())
        throw Error("symbol table: not JSON (" + error.errorString().toStdString() + ")");
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        throw Error(std::string("symbol table: \"format\" is not \"") + kFormat + "\"");
    if (o.value(QStringLiteral("version")).toInt() != kVersion)
        throw Error("symbol table: unsupported version " +
                    std::to_string(o.value(QStringLiteral("version")).toInt()));
    if (!o.value(QStringLiteral("symbols")).isArray())
        throw Error("symbol table: \"symbols\" is not a list");
    std::vector<std::string> symbols;
    for (const QJsonValue &v : o.value(QStringLiteral("symbols")).toArray()) {
        if (!v.isString())
            throw Error("symbol table: a symbol is not a string");
        symbols.push_back(v.toString().toStdString());
    }
    return SymbolTable(std::move(symbols), o.value(QStringLiteral("name")).toString().toStdString());
}

void SymbolTable::save(const std::string &path) const
{
    const std::string json = toJson();
    AtomicFile file(path);
    file.write(json.data(), json.size());
    file.commit();
}

SymbolTable SymbolTable::load(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error("Cannot read '" + path + "': " + file.errorString().toStdString());
    try {
        return fromJson(file.readAll().toStdString());
    } catch (const Error &e) {
        throw Error("'" + path + "': " + e.what());
    }
}

} // namespace wb::text
