// The page's data (cleanup/review/pagedata.py), decoded once into columns, and the text
// helpers every part of the page uses. The review-*.js files share one scope.
var data = JSON.parse(document.getElementById('review-data').textContent);
var W = data.words;
var N = W.text.length;
var REMOVED = 1, CHANGED = 2, DROPPED = 3, REDACTED = 4;
var wordMs = new Float64Array(N);      // start in ms, NaN when untimed
var wordEndMs = new Float64Array(N);
var wordMark = Uint8Array.from(W.mark);
var wordChanges = new Array(N);        // sparse: the changes that touched a word
var wordAfter = new Array(N);          // sparse: a changed word's new text
var wordReason = new Array(N);         // sparse: why a transcription guard dropped it
var C = data.changes;
var M = C.step.length;
var rejected = C.rejected.map(Boolean);
var paraStart = new Int32Array(data.paragraphs.length + 1);
var flagAt = Int32Array.from(data.flags.map(function (f) { return f[0]; }));
var flagStart = data.flags.map(function (f) { return f[2]; });

(function decode() {
  var last = 0;
  for (var i = 0; i < N; i++) {
    var delta = W.start[i];
    if (delta === null) { wordMs[i] = wordEndMs[i] = NaN; continue; }
    last += delta;
    wordMs[i] = last;
    wordEndMs[i] = last + W.length[i];
  }
  W.changes.forEach(function (row) { wordChanges[row[0]] = row.slice(1); });
  W.after.forEach(function (row) { wordAfter[row[0]] = row[1]; });
  W.reason.forEach(function (row) { wordReason[row[0]] = row[1]; });
  for (var p = 0; p < data.paragraphs.length; p++) paraStart[p + 1] = paraStart[p] + data.paragraphs[p];
})();

function kindOf(i) { return wordMark[i] >> 2; }
function levelOf(i) { return wordMark[i] & 3; }
function timed(i) { return !isNaN(wordMs[i]); }
function stepOf(k) { return C.steps[C.step[k]]; }
function isFlagged(i) { return kindOf(i) !== 0 || levelOf(i) === 1 || levelOf(i) === 2 || !!sugOn[i]; }
function allRejected(ks) {
  return !!ks && ks.length > 0 && ks.every(function (k) { return rejected[k]; });
}
function uniqueSteps(ks) {
  var out = [];
  ks.forEach(function (k) { if (out.indexOf(stepOf(k)) < 0) out.push(stepOf(k)); });
  return out;
}

// The first index in [lo, hi) whose value is above x (values in ascending order).
function firstAbove(values, x, lo, hi) {
  while (lo < hi) {
    var mid = (lo + hi) >> 1;
    if (values[mid] <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}
function paragraphOf(i) { return Math.max(0, firstAbove(paraStart, i, 1, paraStart.length) - 1); }

// ---- text -----------------------------------------------------------------------------------
// 4.26 -> "4.26": the seconds a data-start attribute holds.
function secondsText(ms) { return String(ms / 1000); }
// 4.26 -> "0:04.3", 3725 -> "1:02:05.0": as the Python side's _clock.
function clock(seconds) {
  if (seconds === null || seconds === undefined || isNaN(seconds)) return '';
  var tenths = Math.round(Math.max(0, seconds) * 10);
  var s = (tenths % 600) / 10, m = Math.floor(tenths / 600), h = Math.floor(m / 60);
  var ss = (s < 10 ? '0' : '') + s.toFixed(1);
  return h ? h + ':' + String(m % 60).padStart(2, '0') + ':' + ss : m + ':' + ss;
}

// Invisible and direction-changing characters (format, control, line/paragraph separators;
// not ZWNJ/ZWJ, which belong inside some words) show as a marked badge: what is published.
var HIDDEN = /(?![\t\n\r\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
var HIDDEN_NAMES = {
  0x061C: 'arabic letter mark', 0x00AD: 'soft hyphen', 0x200B: 'zero width space',
  0x200E: 'left-to-right mark', 0x200F: 'right-to-left mark',
  0x202A: 'left-to-right embedding', 0x202B: 'right-to-left embedding',
  0x202C: 'pop directional formatting', 0x202D: 'left-to-right override',
  0x202E: 'right-to-left override', 0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate', 0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate', 0x2060: 'word joiner', 0xFEFF: 'zero width no-break space'
};
function codeName(ch) {
  var cp = ch.codePointAt(0);
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}
// Appends `text` to `el` as text nodes, each hidden character as a <span class="fmt">.
function putText(el, text) {
  HIDDEN.lastIndex = 0;
  if (!HIDDEN.test(text)) { el.appendChild(document.createTextNode(text)); return el; }
  var at = 0, found;
  HIDDEN.lastIndex = 0;
  while ((found = HIDDEN.exec(text)) !== null) {
    if (found.index > at) el.appendChild(document.createTextNode(text.slice(at, found.index)));
    var badge = document.createElement('span');
    var code = codeName(found[0]), name = HIDDEN_NAMES[found[0].codePointAt(0)];
    badge.className = 'fmt';
    badge.title = code + (name ? ' ' + name : '') + ': invisible in the published text';
    badge.textContent = '⟨' + code + '⟩';
    el.appendChild(badge);
    at = found.index + found[0].length;
  }
  if (at < text.length) el.appendChild(document.createTextNode(text.slice(at)));
  return el;
}
// The text with hidden characters written out (titles and attributes cannot hold a badge).
function plainText(text) {
  return text.replace(HIDDEN, function (ch) { return '⟨' + codeName(ch) + '⟩'; });
}
// An element of `tag` (a <bdi> by default: its text cannot reorder what is around it).
function textEl(text, tag, cls) {
  var el = document.createElement(tag || 'bdi');
  if (cls) el.className = cls;
  return putText(el, text);
}
function $(id) { return document.getElementById(id); }
