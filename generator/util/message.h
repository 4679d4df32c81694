// Every sentence a user reads goes through here, so that GNU gettext can give it in the
// user's language (Latvian by default). Source strings are English message ids.
#pragma once
#include <initializer_list>
#include <string>

namespace pvpp {

/// Chooses the language of messages once, before any thread starts (main calls it first;
/// translate() calls it too, for the tests): English when LANGUAGE, LC_ALL, LC_MESSAGES or
/// LANG (the first one set) names an English locale, Latvian otherwise — also with no
/// locale at all, "C", or a Latvian locale that is not installed.
void choose_message_language();

/// The translation of an English message id, or the id itself where the catalog has none.
const char* translate(const char* id);

/// The translation of a message with a number in it, in the plural form the language
/// gives that number (Latvian has three: 1 kļūda, 2 kļūdas, 0 kļūdu).
const char* translate_plural(const char* one, const char* many, unsigned long n);

/// Fills the numbered places {1}, {2} … of a (translated) pattern; numbered so that a
/// translation may put them in another order: fill(_("unknown {1} '{2}'"), {kind, id}).
std::string fill(const std::string& pattern, std::initializer_list<std::string> args);

}  // namespace pvpp

/// Marks a message id for xgettext and translates it. Use only in .cpp files, after includes.
#define _(id) ::pvpp::translate(id)
/// Marks a message id for xgettext without translating it (tables of messages).
#define N_(id) id
/// Marks a message with a number for xgettext (--keyword=P_:1,2) and translates it.
#define P_(one, many, n) ::pvpp::translate_plural(one, many, n)
