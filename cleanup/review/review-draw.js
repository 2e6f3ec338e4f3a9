// Drawing: long lists a block at a time (only blocks near the screen hold their items; the
// others are empty boxes of their measured or estimated height), and the transcript's
// paragraphs, words and cue flags as elements.

// A list of `count` items in `container`, `size` items a block. drawItems(block, first,
// end) fills a block; estimate(first, end) is its height in px before it was ever drawn.
function LazyList(container, count, size, drawItems, estimate, tag) {
  var self = this;
  self.size = size;
  self.count = count;
  self.drawItems = drawItems;
  self.estimate = estimate;
  self.blocks = [];
  self.onHide = null;
  var frag = document.createDocumentFragment();
  for (var first = 0; first < count; first += size) {
    var el = document.createElement(tag || 'div');
    el.className = 'blk';
    if (tag === 'ol') el.start = first + 1;
    el.style.height = estimate(first, Math.min(count, first + size)) + 'px';
    el.blockIndex = self.blocks.length;
    self.blocks.push({ el: el, drawn: false, measured: false });
    frag.appendChild(el);
  }
  container.appendChild(frag);
  if (!('IntersectionObserver' in window)) {  // very old browsers: draw everything
    self.blocks.forEach(function (b, k) { self.show(k); });
    return;
  }
  self.observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      if (e.isIntersecting) self.show(e.target.blockIndex); else self.hide(e.target.blockIndex);
    });
  }, { rootMargin: '1500px 0px', scrollMargin: '1500px 0px' });  // the side panel scrolls too
  self.blocks.forEach(function (b) { self.observer.observe(b.el); });
}
// Draws block k. A block above what is in view keeps what is in view in place: the page
// (or the side panel) scrolls by the block's change of height, as it would not by itself
// (browsers stop anchoring the scroll when a box's height is set, as drawing does).
LazyList.prototype.show = function (k) {
  var b = this.blocks[k];
  if (!b || b.drawn) return;
  var panel = this.scroller ? this.scroller() : null;
  var top = panel ? panel.getBoundingClientRect().top : 0;
  var before = b.el.getBoundingClientRect();
  var first = k * this.size;
  this.drawItems(b.el, first, Math.min(this.count, first + this.size));
  b.el.style.height = '';
  b.drawn = true;
  if (before.bottom > top) return;
  var grew = b.el.offsetHeight - before.height;
  if (grew && panel) panel.scrollTop += grew;
  else if (grew) window.scrollBy(0, grew);
};
// A block far from the screen keeps its height and drops its items, unless it holds the
// focus or the word being spoken (`pinned`).
LazyList.prototype.hide = function (k) {
  var b = this.blocks[k];
  if (!b.drawn || b.el.contains(document.activeElement) || (this.pinned && this.pinned(k))) return;
  b.el.style.height = b.el.offsetHeight + 'px';
  b.measured = true;
  if (this.onHide) this.onHide(k * this.size, Math.min(this.count, (k + 1) * this.size));
  b.el.textContent = '';
  b.drawn = false;
};
LazyList.prototype.drawnBlocks = function () {
  return this.blocks.filter(function (b) { return b.drawn; });
};
// After a change of width, blocks not on screen are estimated again.
LazyList.prototype.reestimate = function () {
  var self = this;
  self.blocks.forEach(function (b, k) {
    if (b.drawn) return;
    var first = k * self.size;
    b.el.style.height = self.estimate(first, Math.min(self.count, first + self.size)) + 'px';
  });
};

// ---- the transcript ----------------------------------------------------------------------
var root = $('transcript');
var wordEls = new Array(N);           // the drawn words, by index
var flagEls = new Array(flagAt.length);
var focusIndex = 0;                   // the word in the tab order (a roving tabindex)
var activeIndex = -1;                 // the word being spoken
var hitMark = new Uint8Array(N);

function wordTitle(i) {
  var parts = timed(i) ? [clock(wordMs[i] / 1000)] : [];
  if (W.p[i] !== null && kindOf(i) !== DROPPED) parts.push('confidence ' + W.p[i] + '%');
  var ks = wordChanges[i] || [];
  if (kindOf(i) === REMOVED) parts.push('removed by ' + stepOf(ks[ks.length - 1]));
  if (kindOf(i) === CHANGED) {
    parts.push(W.text[i] + ' → ' + wordAfter[i] + ' by ' + uniqueSteps(ks).join(', '));
  }
  if (kindOf(i) === DROPPED) parts.push('dropped by the ' + guardStep(i));
  if (kindOf(i) === REDACTED) parts.push('redacted by ' + uniqueSteps(ks).join(', ') + ': click if it is not PHI');
  if (sugOn[i]) parts.push(sugOn[i].length > 1 ? 'suggestions' : 'a suggestion');
  return plainText(parts.join(' · '));
}
function guardStep(i) {
  return wordReason[i] ? 'transcription guard: ' + wordReason[i] : 'transcription guard';
}
function wordClass(i) {
  var kind = kindOf(i), level = levelOf(i), cls = 'w';
  if (level) cls += ' c' + level;
  if (kind === REMOVED) cls += ' gone flagged';
  else if (kind === CHANGED) cls += ' chg flagged';
  else if (kind === DROPPED) cls += ' gone guard flagged';
  else if (kind === REDACTED) cls += ' redaction flagged';
  else if (level === 1 || level === 2 || sugOn[i]) cls += ' flagged';
  if ((kind === REMOVED || kind === CHANGED || kind === REDACTED) && allRejected(wordChanges[i])) cls += ' rejected';
  if (sugOn[i]) cls += ' sug' + (anyAccepted(sugOn[i]) ? ' sug-on' : '');
  if (hitMark[i]) cls += ' hit';
  if (i === activeIndex) cls += ' now';
  return cls;
}

// One word: <del> when removed or dropped, "was → now" when changed, else a <span>.
function drawWord(i, into) {
  var kind = kindOf(i), ks = wordChanges[i];
  var el = document.createElement(kind === REMOVED || kind === DROPPED ? 'del' : 'span');
  el.className = wordClass(i);
  el.tabIndex = i === focusIndex ? 0 : -1;
  el.setAttribute('data-i', i);
  if (timed(i)) {
    el.setAttribute('data-start', secondsText(wordMs[i]));
    el.setAttribute('data-end', secondsText(wordEndMs[i]));
  }
  if (W.p[i] !== null) el.setAttribute('data-p', (W.p[i] / 100).toFixed(2));
  if (kind === DROPPED) el.setAttribute('data-step', guardStep(i));
  else if (kind === REMOVED) el.setAttribute('data-step', stepOf(ks[ks.length - 1]));
  else if (kind === CHANGED || kind === REDACTED) el.setAttribute('data-step', uniqueSteps(ks).join(' '));
  if (ks) el.setAttribute('data-change', ks.join(' '));
  el.title = wordTitle(i);
  if (i === activeIndex) el.setAttribute('aria-current', 'true');
  if (kind === CHANGED) {
    el.appendChild(textEl(W.text[i], 's', 'was'));
    var arrow = el.appendChild(document.createElement('span'));
    arrow.className = 'arrow';
    arrow.setAttribute('aria-label', 'changed to');
    arrow.textContent = ' → ';
    el.appendChild(textEl(wordAfter[i], 'span', 'now-text'));
  } else {
    putText(el, W.text[i]);
  }
  into.appendChild(el);
  wordEls[i] = el;
  if (kind === REMOVED || kind === DROPPED) {
    var why = kind === REMOVED ? ' (removed by ' + el.getAttribute('data-step') + ')'
      : ' (dropped by the ' + guardStep(i) + ')';
    into.appendChild(textEl(plainText(why), 'span', 'sr'));
  }
  if (kind === REDACTED) into.appendChild(textEl(' (redacted)', 'span', 'sr'));
}

function drawFlag(f, into) {
  var flag = data.flags[f], text = plainText(flag[3]);
  var el = document.createElement('button');
  el.type = 'button';
  el.className = 'cueflag flagged';
  el.setAttribute('data-f', f);
  el.setAttribute('data-cue', flag[1]);
  el.setAttribute('data-at', flag[2] === null ? '' : String(flag[2]));
  el.title = text;
  el.setAttribute('aria-label', text);
  var shown = el.appendChild(document.createElement('span'));
  shown.setAttribute('aria-hidden', 'true');
  shown.textContent = '⚑ cue ' + flag[1];
  into.appendChild(el);
  flagEls[f] = el;
}

function drawParagraph(p, into) {
  var el = document.createElement('p');
  var w0 = paraStart[p], w1 = paraStart[p + 1], last = p === paraStart.length - 2;
  var first = w0;
  while (first < w1 - 1 && kindOf(first) === DROPPED) first++;  // a guard's drop is no start
  var items = 0;
  function gap() { if (items++) el.appendChild(document.createTextNode(' ')); }
  if (first < w1 && timed(first)) {
    gap();
    var ts = el.appendChild(document.createElement('span'));
    ts.className = 'ts';
    ts.setAttribute('aria-hidden', 'true');
    ts.textContent = clock(wordMs[first] / 1000);
  }
  var f = firstAbove(flagAt, w0 - 1, 0, flagAt.length);
  for (var i = w0; i < w1; i++) {
    for (; f < flagAt.length && flagAt[f] === i; f++) { gap(); drawFlag(f, el); }
    gap();
    drawWord(i, el);
    if (sugAfter[i]) sugAfter[i].forEach(function (s) { gap(); drawSuggestion(s, el); });
  }
  for (; last && f < flagAt.length; f++) { gap(); drawFlag(f, el); }  // after every word
  into.appendChild(el);
}

// ---- heights before drawing: characters per paragraph, measured once on a probe ------------
var paraChars = new Float64Array(paraStart.length - 1);
(function count() {
  for (var p = 0; p < paraChars.length; p++) {
    var n = 9;
    for (var i = paraStart[p]; i < paraStart[p + 1]; i++) {
      n += W.text[i].length + 1.5 + (kindOf(i) === CHANGED ? wordAfter[i].length + 3 : 0);
    }
    paraChars[p] = n;
  }
  for (var f = 0; f < flagAt.length; f++) paraChars[Math.min(paraOfFlag(f), paraChars.length - 1)] += 9;
})();
function paraOfFlag(f) { return flagAt[f] >= N ? paraChars.length - 1 : paragraphOf(flagAt[f]); }
var metrics = null;
function measure() {
  var probe = document.createElement('p');
  probe.style.visibility = 'hidden';
  probe.textContent = 'the quick brown fox jumps over a lazy dog then ';
  root.appendChild(probe);
  var style = getComputedStyle(probe);
  var chars = probe.textContent.length, range = document.createRange();
  range.selectNodeContents(probe);
  metrics = { charW: range.getBoundingClientRect().width / chars,
              lineH: parseFloat(style.lineHeight) || 32,
              gap: parseFloat(style.marginBottom) || 0,
              width: Math.max(100, probe.clientWidth) };
  probe.remove();
}
function estimateParagraphs(first, end) {
  var perLine = Math.max(10, Math.floor(metrics.width / metrics.charW * 0.97)), h = 0;
  for (var p = first; p < end; p++) {
    h += Math.ceil(paraChars[p] / perLine) * metrics.lineH + metrics.gap;
  }
  return Math.round(h);
}
