// The page the proxy answers with when it refuses a request for a page before the app
// renders (a malformed address): the portal's top bar and a plain message, in the same
// look as the app's own error pages, without any script.

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export function problemPage(status: number, title: string, message: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - Vault Portal</title>
<link rel="icon" href="/favicon.svg">
<style>
body{margin:0;font-family:'Segoe UI','Segoe UI Web (West European)',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',sans-serif;color:#242424;background:#fff}
header{display:flex;align-items:center;height:40px;padding-left:16px;background:#1b1a19;border-bottom:1px solid #3b3a39}
header a{color:#fff;font-size:15px;font-weight:600;text-decoration:none;padding-inline:4px}
main{max-width:640px;padding:48px 32px}
h1{font-size:20px;font-weight:600;margin:0 0 12px}
p{font-size:14px;line-height:20px;margin:0 0 12px}
.code{color:#616161}
a.home{color:#0f6cbd}
@media (prefers-color-scheme: dark){body{background:#292929;color:#fff}.code{color:#adadad}a.home{color:#479ef5}}
</style>
</head>
<body>
<header><a href="/">Vault Portal</a></header>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p class="code">HTTP ${status}</p>
<p><a class="home" href="/">Go to the portal's home page</a></p>
</main>
</body>
</html>
`;
}
