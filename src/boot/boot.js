/* eslint-disable */
// Plain ES5 (no trailing commas in calls, no let/const/arrows): test/e2e/pane-syntax.test.ts parses the build as ES5.
/**
 * The task pane's boot script: its own tiny bundle, plain ES5, loaded before the pane's bundle (webpack.config.js).
 * The pane's bundle needs a WebKit of the Safari 14 era or newer (BigInt; its syntax is transpiled down to that
 * era) — Excel for Mac runs the pane in the system's WebKit, and Office 2016/2019 volume editions run it in
 * Internet Explorer 11. There a newer bundle is a parse error and a blank pane, and a message inside that bundle
 * never shows (issue 17). This script shows, in Chinese, that the pane cannot run here and points to the web page,
 * when: the browser lacks what the bundle needs; a script fails to parse; or the pane has not started after 20 s.
 * The pane sets window.__juesuanStarted when it mounts.
 */
(function () {
  var shown = false;

  function webPageUrl() {
    // The web page is built next to taskpane.html (index.html, webpack.config.js).
    var href = String(window.location.href).split('#')[0].split('?')[0];
    return href.replace(/[^\/]*$/, 'index.html');
  }

  function show(reason) {
    if (shown || window.__juesuanStarted) return;
    shown = true;
    var box = document.getElementById('container') || document.body;
    if (!box) return;
    var url = webPageUrl();
    box.innerHTML =
      "<div style=\"padding:16px;font-family:'Microsoft YaHei','PingFang SC',sans-serif;font-size:14px;line-height:1.6\">" +
      '<h1 style="font-size:18px;margin:0 0 12px">决算公开助手</h1>' +
      '<p role="alert" data-testid="boot-message">' +
      reason +
      '</p>' +
      '<p>可以改用：</p><ul>' +
      '<li>网页版（在浏览器中打开，工作簿不离开本机）：<a href="' +
      url +
      '" target="_blank" rel="noopener">' +
      url +
      '</a></li>' +
      '<li>命令行：<code>npx juesuan check 工作簿.xlsx</code></li>' +
      '<li>或更新 Office / macOS 后重新打开本加载项。</li></ul></div>';
  }

  window.__juesuanBootShow = show;

  var OLD =
    '本机 Excel 用来显示任务窗格的浏览器组件版本过旧（需要 Safari 14 / Edge WebView2 或更新），任务窗格无法在这里运行。';
  if (
    typeof window.Promise === 'undefined' ||
    typeof window.BigInt === 'undefined' ||
    typeof window.Proxy === 'undefined'
  ) {
    show(OLD);
    return;
  }
  window.addEventListener('error', function (e) {
    // A SyntaxError while loading a script of the pane: its syntax is too new for this browser.
    var name = e && e.error && e.error.name;
    if (name === 'SyntaxError' || /SyntaxError/.test(String(e && e.message))) show(OLD);
  });
  var LATE =
    '任务窗格在 20 秒内没有启动（可能是浏览器组件过旧，或无法下载所需文件）。请关闭任务窗格后重新打开；如仍空白，请改用下列方式。';
  window.setTimeout(function () {
    show(LATE);
  }, 20000);
})();
