// cleanup review page: play from a word, follow the speech, reject changes, save decisions.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var media = document.getElementById('media');
  var root = document.getElementById('transcript');
  var words = Array.prototype.slice.call(root.querySelectorAll('.w'));
  var timed = words.filter(function (w) { return w.hasAttribute('data-start'); });
  var starts = timed.map(function (w) { return parseFloat(w.getAttribute('data-start')); });
  var rejected = data.changes.map(function (c) { return !!c.rejected; });
  var RATES = [0.5, 0.75, 1, 1.25, 1.5, 2];
  var rateIndex = 2;
  var focusIndex = 0;
  var active = null;
  var hits = [];
  var hitIndex = -1;

  function $(id) { return document.getElementById(id); }
  function start(el) { return parseFloat(el.getAttribute('data-start') || el.getAttribute('data-at')); }

  // ---- roving tabindex: one word is in the tab order, arrows move between words -----------
  function setFocusable(i) {
    if (!words.length) return;
    focusIndex = Math.max(0, Math.min(words.length - 1, i));
    words.forEach(function (w, k) { w.tabIndex = k === focusIndex ? 0 : -1; });
  }
  function focusWord(i) {
    setFocusable(i);
    if (words.length) words[focusIndex].focus();
  }
  setFocusable(0);

  // ---- playing -----------------------------------------------------------------------------
  function play() {
    if (!media) return;
    var p = media.play();
    if (p && p.catch) p.catch(function () { /* not allowed yet or no source: stay paused */ });
  }
  function seek(seconds, andPlay) {
    if (!media || isNaN(seconds)) return;
    media.currentTime = seconds;
    if (andPlay) play();
    follow();
  }
  function togglePlay() {
    if (!media) return;
    if (media.paused) play(); else media.pause();
  }
  function setRate(i) {
    rateIndex = Math.max(0, Math.min(RATES.length - 1, i));
    if (media) media.playbackRate = RATES[rateIndex];
    $('rate').textContent = RATES[rateIndex] + '×';
  }

  // The word being spoken: the last word that started at or before the media's time.
  function follow() {
    if (!media || !timed.length) return;
    var t = media.currentTime + 0.01, lo = 0, hi = starts.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (starts[mid] <= t) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    var word = found >= 0 ? timed[found] : null;
    if (word && t > parseFloat(word.getAttribute('data-end')) + 0.5) word = null;  // a pause
    if (word === active) return;
    if (active) { active.classList.remove('now'); active.removeAttribute('aria-current'); }
    active = word;
    if (active) {
      active.classList.add('now');
      active.setAttribute('aria-current', 'true');
      if (!media.paused) active.scrollIntoView({ block: 'nearest' });
    }
  }
  function tick() {
    follow();
    if (media && !media.paused) window.requestAnimationFrame(tick);
  }
  if (media) {
    media.addEventListener('play', function () { $('play').textContent = 'Pause'; tick(); });
    media.addEventListener('pause', function () { $('play').textContent = 'Play'; follow(); });
    media.addEventListener('seeked', follow);
    media.addEventListener('timeupdate', follow);
    media.addEventListener('error', function () {
      var note = $('media-error');
      note.textContent = 'The recording did not load from ' + media.getAttribute('src') +
        ': keep the page beside it, or make the page again with --media.';
      note.hidden = false;
    });
  } else {
    ['play', 'slower', 'faster'].forEach(function (id) { $(id).disabled = true; });
  }

  // ---- rejecting changes ---------------------------------------------------------------------
  function changesOf(el) {
    var list = (el.getAttribute('data-change') || '').split(' ');
    return list.filter(function (s) { return s !== ''; }).map(Number);
  }
  // Rejections not yet saved survive a reload (this browser only), for this page's changes.
  var storeKey = 'cleanup-review:' + data.name + ':' + hashOf(JSON.stringify(data.changes.map(
    function (c) { return [c.step, c.before, c.after, c.start, c.end]; })));
  function hashOf(text) {
    var h = 5381;
    for (var i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
    return h.toString(36);
  }
  function remember() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(rejected)); } catch (e) { /* storage off */ }
  }
  function recall() {
    var saved = null;
    try { saved = JSON.parse(window.localStorage.getItem(storeKey) || 'null'); } catch (e) { return; }
    if (Array.isArray(saved) && saved.length === rejected.length) {
      rejected = saved.map(Boolean);
      paint();
      var n = rejected.filter(Boolean).length;
      $('saved').textContent = 'Restored ' + n + ' rejected change' + (n === 1 ? '' : 's') + ' from this browser';
    }
  }

  function paint() {
    root.querySelectorAll('[data-change]').forEach(function (el) {
      var ks = changesOf(el);
      el.classList.toggle('rejected', ks.length > 0 && ks.every(function (k) { return rejected[k]; }));
    });
    document.querySelectorAll('ol.changes li').forEach(function (li) {
      var k = Number(li.getAttribute('data-change'));
      li.classList.toggle('rejected', rejected[k]);
      li.querySelector('input.reject').checked = rejected[k];
    });
    $('saved').textContent = '';
  }
  function toggleChanges(ks) {
    if (!ks.length) return;
    var to = !ks.every(function (k) { return rejected[k]; });
    ks.forEach(function (k) { rejected[k] = to; });
    paint();
    remember();
  }
  document.querySelectorAll('input.reject').forEach(function (box) {
    box.addEventListener('change', function () {
      rejected[Number(box.getAttribute('data-change'))] = box.checked;
      paint();
      remember();
    });
  });

  function saveDecisions() {
    var list = data.changes.filter(function (c, k) { return rejected[k]; }).map(function (c) {
      return { step: c.step, before: c.before, after: c.after, start: c.start, end: c.end };
    });
    var doc = {};
    doc[data.format.key] = data.format.version;
    doc.name = data.name;
    doc.rejected = list;
    var blob = new Blob([JSON.stringify(doc, null, 2) + '\n'], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = data.name + '.decisions.json';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 2000);
    $('saved').textContent = 'Saved ' + list.length + ' rejected change' + (list.length === 1 ? '' : 's') +
      ' to ' + a.download;
  }

  // ---- flagged items and search ----------------------------------------------------------------
  function flagged() { return Array.prototype.slice.call(root.querySelectorAll('.flagged')); }
  function here() {
    var el = document.activeElement;
    return el && root.contains(el) ? el : (words[focusIndex] || null);
  }
  function goFlag(step) {
    var items = flagged();
    if (!items.length) return;
    var cur = here(), k = items.indexOf(cur);
    if (k < 0 && cur) {  // the next flagged item after the current word in the document
      k = items.findIndex(function (el) {
        return cur.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      k = k < 0 ? (step > 0 ? items.length : 0) : (step > 0 ? k - 1 : k);
    }
    var next = items[(k + step + items.length) % items.length];
    var wi = words.indexOf(next);
    if (wi >= 0) focusWord(wi); else next.focus();
    seek(start(next), false);
  }

  function core(text) { return text.toLowerCase().replace(/[^\p{L}\p{N}'’-]+/gu, ''); }
  function search(query) {
    hits.forEach(function (w) { w.classList.remove('hit'); });
    hits = [];
    hitIndex = -1;
    var terms = query.split(/\s+/).map(core).filter(Boolean);
    if (terms.length) {
      var texts = words.map(function (w) {
        var now = w.querySelector('.now-text');
        return core(now ? now.textContent + ' ' + w.querySelector('.was').textContent : w.textContent);
      });
      for (var i = 0; i + terms.length <= words.length; i++) {
        var ok = true;
        for (var m = 0; m < terms.length && ok; m++) ok = texts[i + m].indexOf(terms[m]) >= 0;
        if (ok) for (m = 0; m < terms.length; m++) hits.push(words[i + m]);
      }
      hits.forEach(function (w) { w.classList.add('hit'); });
    }
    $('hits').textContent = terms.length ? hits.length + ' matching word' + (hits.length === 1 ? '' : 's') : '';
  }
  function nextHit(step) {
    if (!hits.length) return;
    hitIndex = (hitIndex + step + hits.length) % hits.length;
    focusWord(words.indexOf(hits[hitIndex]));
    seek(start(hits[hitIndex]), false);
  }

  // ---- wiring ------------------------------------------------------------------------------------
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
    var el = e.target.closest('.w, .cueflag');
    if (!el) return;
    var wi = words.indexOf(el);
    if (wi >= 0) setFocusable(wi);
    seek(start(el), true);
  });
  root.addEventListener('focusin', function (e) {
    var wi = words.indexOf(e.target);
    if (wi >= 0) setFocusable(wi);
  });
  document.querySelectorAll('aside .time').forEach(function (b) {
    b.addEventListener('click', function () { seek(start(b), true); });
  });

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t.closest && t.closest('input, textarea, select')) return;
    var onWord = words.indexOf(t) >= 0;
    var key = e.key;
    if (onWord && (key === 'ArrowRight' || key === 'ArrowDown')) focusWord(focusIndex + 1);
    else if (onWord && (key === 'ArrowLeft' || key === 'ArrowUp')) focusWord(focusIndex - 1);
    else if (onWord && key === 'Home') focusWord(0);
    else if (onWord && key === 'End') focusWord(words.length - 1);
    else if (onWord && key === 'Enter') seek(start(t), true);
    else if (key === ' ' && (onWord || t === document.body)) togglePlay();
    else if (key === 'k') togglePlay();
    else if (key === 'n') goFlag(1);
    else if (key === 'p' || key === 'N') goFlag(-1);
    else if (key === '[' || key === '-') setRate(rateIndex - 1);
    else if (key === ']' || key === '=' || key === '+') setRate(rateIndex + 1);
    else if (key === 'r' && onWord) toggleChanges(changesOf(t));
    else if (key === '/') $('search').focus();
    else return;
    e.preventDefault();
  });
  setRate(rateIndex);
  recall();
})();
