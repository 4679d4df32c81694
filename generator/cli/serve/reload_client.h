// What the browser runs in serve mode: /__pvpp/reload.js and its stylesheet.
#pragma once

namespace pvpp {

/// Listens to /__pvpp/events: reloads the page after a newer good build, and shows a
/// failed build's diagnostics in a panel over the page (DOM text nodes only).
extern const char* const k_reload_js;

/// The diagnostics panel's look, loaded by the script (no inline styles: the site's
/// Content-Security-Policy may forbid them).
extern const char* const k_reload_css;

}  // namespace pvpp
