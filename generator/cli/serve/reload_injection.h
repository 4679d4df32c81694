// The reload script's tag, put into HTML pages as they are served (never into the files).
#pragma once
#include <string>

namespace pvpp {

/// The page with `<script src="/__pvpp/reload.js" data-build="N" defer></script>` added
/// before `</head>` (else before `<body`, else at the end). An external same-origin
/// script, so a Content-Security-Policy that forbids inline scripts still runs it; the
/// build number lets the page tell whether it is older than the last good build.
std::string inject_reload_script(std::string html, long build);

}  // namespace pvpp
