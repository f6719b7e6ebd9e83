#pragma once
#include <string>
#include <unordered_map>
#include <vector>

namespace wb::text {

/**
 * The stable mapping between the front-end's symbols and the integer ids a
 * model is trained on. A symbol's id is its index; englishIpa() only ever
 * grows at the end, so ids of a saved model keep their meaning. Saved beside a
 * model as JSON ({"format":"wavebench-symbols","version":1,"symbols":[...]})
 * and loaded back with it, so inference uses exactly the training inventory.
 *
 * Ids 0..3 are <pad> <unk> <bos> <eos>, then the word boundary " ", the pauses
 * , ; : . ! ?, the stress marks ˈ ˌ, then espeak-ng's English IPA phonemes.
 * A value type: const methods may be called from any thread. Bad JSON or an
 * unreadable file throws wb::Error.
 */
class SymbolTable
{
public:
    static constexpr const char *kPad = "<pad>";
    static constexpr const char *kUnknown = "<unk>";
    static constexpr const char *kBos = "<bos>";
    static constexpr const char *kEos = "<eos>";
    static constexpr const char *kWordBoundary = " ";

    /** The table of the English front-end (TextFrontEnd with espeak-ng en-us). */
    static const SymbolTable &englishIpa();

    /** A table from its symbols in id order; throws wb::Error on duplicates or a missing special. */
    explicit SymbolTable(std::vector<std::string> symbols, std::string name = "custom");

    const std::string &name() const { return m_name; }
    const std::vector<std::string> &symbols() const { return m_symbols; }
    int size() const { return int(m_symbols.size()); }
    /** The id of symbol, or -1. */
    int id(const std::string &symbol) const;
    /** The symbol of an id; <unk> for an id out of range. */
    const std::string &symbol(int id) const;
    int padId() const { return id(kPad); }
    int unknownId() const { return m_unknownId; }

    /** Ids of symbols; a symbol not in the table becomes <unk> and is added once to *unknown. */
    std::vector<int> encode(const std::vector<std::string> &symbols, std::vector<std::string> *unknown = nullptr) const;
    std::vector<std::string> decode(const std::vector<int> &ids) const;

    std::string toJson() const;
    static SymbolTable fromJson(const std::string &json);
    /** Written atomically (a half-written table never replaces a good one). */
    void save(const std::string &path) const;
    static SymbolTable load(const std::string &path);

    bool operator==(const SymbolTable &o) const { return m_symbols == o.m_symbols; }

private:
    std::string m_name;
    std::vector<std::string> m_symbols;
    std::unordered_map<std::string, int> m_ids;
    int m_unknownId = 1;
};

} // namespace wb::text
