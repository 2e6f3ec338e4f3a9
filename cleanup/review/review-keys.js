// Rejecting changes, saving decisions, flagged items, search, and the keys and clicks that
// drive them; the last part starts the page.
if (media) {
  media.addEventListener('play', function () { $('play').textContent = 'Pause'; tick(); });
  media.addEventListener('pause', function () { $('play').textContent = 'Play'; follow(); });
  media.addEventListener('seeked', follow);
  media.addEventListener('timeupdate', follow);
  media.addEventListener('error', function () {
    var note = $('media-error');
    var src = media.getAttribute('src');
    try { src = decodeURIComponent(src); } catch (e) { /* shown as written */ }
    note.textContent = 'The recording did not load from ' + src +
      ': keep the page beside it, or make the page again with --media.';
    note.hidden = false;
  });
} else {
  ['play', 'slower', 'faster'].forEach(function (id) { $(id).disabled = true; });
}

// ---- rejecting changes ---------------------------------------------------------------------
// Rejections not yet saved survive a reload (this browser only), for this page's changes.
var storeKey = 'cleanup-review:' + data.name + ':' + hashOf(JSON.stringify([Array.from(
  { length: M }, function (_, k) { return [stepOf(k), C.before[k], C.after[k], C.start[k], C.end[k]]; }),
  S.step, S.at, S.after]));
function hashOf(text) {
  var h = 5381;
  for (var i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}
function remember() {
  try {
    window.localStorage.setItem(storeKey, JSON.stringify({ rejected: rejected, accepted: accepted }));
  } catch (e) { /* storage off */ }
}
function recall() {
  var saved = null;
  try { saved = JSON.parse(window.localStorage.getItem(storeKey) || 'null'); } catch (e) { return; }
  if (saved && Array.isArray(saved.rejected) && saved.rejected.length === rejected.length &&
      Array.isArray(saved.accepted) && saved.accepted.length === accepted.length) {
    rejected = saved.rejected.map(Boolean);
    accepted = saved.accepted.map(Boolean);
    paint();
    var n = rejected.filter(Boolean).length;
    $('saved').textContent = 'Restored ' + n + ' rejected change' + (n === 1 ? '' : 's') + ' from this browser';
  }
}
// Shows the rejections on what is drawn (the rest is drawn from `rejected` when it comes near).
function paint() {
  wordEls.forEach(function (el, i) {
    if (el && wordChanges[i]) el.classList.toggle('rejected', allRejected(wordChanges[i]));
  });
  changeRows.forEach(function (li, k) {
    if (!li) return;
    li.classList.toggle('rejected', rejected[k]);
    li.querySelector('input.reject').checked = rejected[k];
  });
  detail.querySelectorAll('button.toggle').forEach(function (b) {
    var k = Number(b.getAttribute('data-change'));
    b.setAttribute('aria-pressed', rejected[k] ? 'true' : 'false');
    b.textContent = toggleText(k);
  });
  paintSuggestions();
  $('saved').textContent = '';
}
function setRejected(ks, to) {
  ks.forEach(function (k) { rejected[k] = to; });
  paint();
  remember();
}
function toggleChanges(ks) {
  if (ks && ks.length) setRejected(ks, !allRejected(ks));
}

function saveDecisions() {
  var doc = decisionsDoc(), n = doc.rejected.length, a = doc.accepted.length;
  var blob = new Blob([JSON.stringify(doc, null, 2) + '\n'], { type: 'application/json' });
  var link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = data.name + '.decisions.json';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(link.href); }, 2000);
  $('saved').textContent = 'Saved ' + n + ' rejected change' + (n === 1 ? '' : 's') +
    (a ? ' and ' + a + ' accepted suggestion' + (a === 1 ? '' : 's') : '') + ' to ' + link.download;
}

// ---- flagged items, in the transcript's order: words (i) and cue flags (-1 - f) --------------
var flaggedItems = [], flaggedPos = [];  // positions: word i at 2i + 1, a flag before it at 2i
(function () {
  var f = 0;
  for (var i = 0; i <= N; i++) {
    for (; f < flagAt.length && flagAt[f] <= i; f++) { flaggedItems.push(-1 - f); flaggedPos.push(2 * flagAt[f]); }
    if (i < N && isFlagged(i)) { flaggedItems.push(i); flaggedPos.push(2 * i + 1); }
  }
})();
function here() {
  var el = document.activeElement;
  if (el && root.contains(el) && el.hasAttribute('data-i')) return Number(el.getAttribute('data-i'));
  if (el && root.contains(el) && el.hasAttribute('data-f')) return -1 - Number(el.getAttribute('data-f'));
  return focusIndex;
}
function goFlag(step) {
  var count = flaggedItems.length;
  if (!count) return;
  var cur = here(), k = flaggedItems.indexOf(cur), next;
  if (k >= 0) {
    next = flaggedItems[(k + step + count) % count];
  } else {
    var after = firstAbove(flaggedPos, cur >= 0 ? 2 * cur + 1 : 2 * flagAt[-1 - cur], 0, count);
    next = flaggedItems[step > 0 ? after % count : (after - 1 + count) % count];
  }
  if (next >= 0) {
    focusWord(next);
    seek(wordMs[next] / 1000, false);
  } else {
    var el = flagEl(-1 - next);
    el.focus();
    seek(parseFloat(el.getAttribute('data-at')), false);
  }
}

// ---- search ------------------------------------------------------------------------------------
var searchTexts = null;  // each word's letters and digits, lower case (a changed word: both)
function buildSearchTexts() {
  var parts = new Array(N);
  for (var i = 0; i < N; i++) {
    var text = kindOf(i) === CHANGED ? wordAfter[i] + W.text[i] : W.text[i];
    parts[i] = text.indexOf('\n') >= 0 ? text.replace(/\n/g, ' ') : text;
  }
  searchTexts = core(parts.join('\n')).split('\n');
}
function core(text) { return text.toLowerCase().replace(/[^\p{L}\p{N}'’\n-]+/gu, ''); }
function search(query) {
  hits.forEach(function (i) { hitMark[i] = 0; if (wordEls[i]) wordEls[i].classList.remove('hit'); });
  hits = [];
  hitIndex = -1;
  var terms = query.split(/\s+/).map(function (t) { return core(t).replace(/\n/g, ''); }).filter(Boolean);
  if (terms.length) {
    if (!searchTexts) buildSearchTexts();
    var first = terms[0], m = terms.length;
    for (var i = 0; i + m <= N; i++) {
      if (searchTexts[i].indexOf(first) < 0) continue;
      var ok = true;
      for (var j = 1; j < m && ok; j++) ok = searchTexts[i + j].indexOf(terms[j]) >= 0;
      if (!ok) continue;
      for (j = 0; j < m; j++) if (!hitMark[i + j]) { hitMark[i + j] = 1; hits.push(i + j); }
    }
    hits.forEach(function (k) { if (wordEls[k]) wordEls[k].classList.add('hit'); });
  }
  $('hits').textContent = terms.length ? hits.length + ' matching word' + (hits.length === 1 ? '' : 's') : '';
}
function nextHit(step) {
  if (!hits.length) return;
  hitIndex = (hitIndex + step + hits.length) % hits.length;
  focusWord(hits[hitIndex]);
  seek(wordMs[hits[hitIndex]] / 1000, false);
}

// ---- wiring ------------------------------------------------------------------------------------
function startOf(el) { return parseFloat(el.getAttribute('data-start') || el.getAttribute('data-at')); }
$('play').addEventListener('click', togglePlay);
$('slower').addEventListener('click', function () { setRate(rateIndex - 1); });
$('faster').addEventListener('click', function () { setRate(rateIndex + 1); });
$('next').addEventListener('click', function () { goFlag(1); });
$('save').addEventListener('click', saveDecisions);
$('search').addEventListener('input', function (e) { search(e.target.value); });
$('search').addEventListener('keydown', function (e) {
  if (e.key === 'Enter') { e.preventDefault(); nextHit(e.shiftKey ? -1 : 1); }
  if (e.key === 'Escape') { e.target.value = ''; search(''); focusWord(focusIndex); }
});
root.addEventListener('click', function (e) {
  var sug = e.target.closest('.sugg');
  if (sug) { toggleSuggestion(Number(sug.getAttribute('data-s'))); showDetail(sug); return; }
  var el = e.target.closest('.w, .cueflag');
  if (!el) return;
  if (el.classList.contains('redaction')) toggleChanges(wordChanges[Number(el.getAttribute('data-i'))]);
  if (el.hasAttribute('data-i')) setFocusable(Number(el.getAttribute('data-i')));
  showDetail(el);
  seek(startOf(el), true);
});
root.addEventListener('focusin', function (e) {
  if (e.target.hasAttribute('data-i')) setFocusable(Number(e.target.getAttribute('data-i')));
  showDetail(e.target);
});
document.querySelector('aside').addEventListener('click', function (e) {
  var b = e.target.closest('.time');
  if (b) seek(startOf(b), true);
});
document.querySelector('aside').addEventListener('change', function (e) {
  if (e.target.matches('input.reject')) {
    setRejected([Number(e.target.getAttribute('data-change'))], e.target.checked);
  }
  if (e.target.matches('input.accept')) setAccepted([Number(e.target.getAttribute('data-s'))], e.target.checked);
});
detail.addEventListener('click', function (e) {
  var b = e.target.closest('button.toggle');
  if (b) toggleChanges([Number(b.getAttribute('data-change'))]);
});

document.addEventListener('keydown', function (e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  var t = e.target;
  if (t.closest && t.closest('input, textarea, select')) return;
  var onWord = root.contains(t) && t.hasAttribute('data-i');
  var key = e.key;
  if (onWord && (key === 'ArrowRight' || key === 'ArrowDown')) focusWord(focusIndex + 1);
  else if (onWord && (key === 'ArrowLeft' || key === 'ArrowUp')) focusWord(focusIndex - 1);
  else if (onWord && key === 'Home') focusWord(0);
  else if (onWord && key === 'End') focusWord(N - 1);
  else if (onWord && key === 'Enter') seek(startOf(t), true);
  else if (key === ' ' && (onWord || t === document.body)) togglePlay();
  else if (key === 'k') togglePlay();
  else if (key === 'n') goFlag(1);
  else if (key === 'p' || key === 'N') goFlag(-1);
  else if (key === '[' || key === '-') setRate(rateIndex - 1);
  else if (key === ']' || key === '=' || key === '+') setRate(rateIndex + 1);
  else if (key === 'r' && onWord) toggleChanges(wordChanges[Number(t.getAttribute('data-i'))]);
  else if (key === '/') $('search').focus();
  else return;
  e.preventDefault();
});
// The sticky bar's height, so a word scrolled to is not hidden under it.
function barHeight() {
  var bar = document.querySelector('.bar');
  var sticky = getComputedStyle(bar).position === 'sticky';
  document.documentElement.style.setProperty('--bar', (sticky ? bar.offsetHeight : 0) + 'px');
}
if ('ResizeObserver' in window) new ResizeObserver(barHeight).observe(document.querySelector('.bar'));
setRate(rateIndex);
recall();
if (N) setFocusable(0);
document.documentElement.setAttribute('data-state', 'ready');
// The search's word list, made while the reader looks at the page, so the first key is quick.
(window.requestIdleCallback || setTimeout)(function () { if (!searchTexts) buildSearchTexts(); });
