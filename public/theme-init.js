// Applies a theme the reader chose before (the toggle stores it); otherwise the system's setting applies via CSS.
try {
  var theme = localStorage.getItem('leakfix-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) {}
