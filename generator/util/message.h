// Every sentence a user reads goes through here, so that GNU gettext can give it in the
// user's language (Latvian by default). Source strings are English message ids.
#pragma once
#include <initializer_list>
#include <string>

namespace pvpp {

/// The translation of an English message id, or the id itself where the catalog has none.
const char* translate(const char* id);

/// Fills the numbered places {1}, {2} … of a (translated) pattern; numbered so that a
/// translation may put them in another order: fill(_("unknown {1} '{2}'"), {kind, id}).
std::string fill(const std::string& pattern, std::initializer_list<std::string> args);

}  // namespace pvpp

/// Marks a message id for xgettext and translates it. Use only in .cpp files, after includes.
#define _(id) ::pvpp::translate(id)
/// Marks a message id for xgettext without translating it (tables of messages).
#define N_(id) id
