// Search for the static export of the Paperboy archive: reads search-index.json and lists the
// papers whose title, keywords, organization and Korean digest text contain every term (substrings,
// so two-syllable Korean such as 추론 works), with the filters of the served search. Text is only
// ever set with textContent: whatever a title holds stays text.
(function () {
  'use strict';
  var PAGE = 20;
  var box = document.getElementById('static-search');
  if (!box) return;
  var status = document.getElementById('status');
  var list = document.getElementById('hits');
  var pager = document.getElementById('pager');
  var form = document.getElementById('filters');
  var params = new URLSearchParams(window.location.search);
  ['q', 'org', 'keyword', 'watch', 'from', 'to', 'min-upvotes', 'sort'].forEach(function (name) {
    var field = form.elements[name];
    if (field && params.get(name)) field.value = params.get(name);
  });
  var header = document.querySelector('header input[name=q]');
  if (header && params.get('q')) header.value = params.get('q');

  function lower(s) { return (s || '').trim().toLocaleLowerCase('ko'); }
  var terms = lower(params.get('q')).split(/\s+/).filter(Boolean);
  var org = lower(params.get('org'));
  var keyword = lower(params.get('keyword'));
  var watch = (params.get('watch') || '').trim();
  var from = params.get('from') || '';
  var to = params.get('to') || '';
  var min = parseInt(params.get('min-upvotes') || '0', 10) || 0;
  var sort = params.get('sort') || 'relevance';
  var page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);

  if (!terms.length && !org && !keyword && !watch && !from && !to && !min) {
    status.textContent = '검색어나 필터를 입력하세요.';
    return;
  }
  status.textContent = '색인을 읽는 중…';
  fetch(box.dataset.index)
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(search)
    .catch(function (e) {
      status.textContent = '검색 색인을 읽지 못했습니다 (' + e.message + '). 파일로 열었다면 이 폴더를 웹 서버로 여세요: python3 -m http.server';
    });

  function search(papers) {
    var hits = [];
    papers.forEach(function (p) {
      var title = lower(p.t);
      var hay = title + ' ' + lower(p.k.join(' ')) + ' ' + lower(p.o) + ' ' + lower(p.x);
      for (var i = 0; i < terms.length; i++) if (hay.indexOf(terms[i]) < 0) return;
      if (org && lower(p.o) !== org) return;
      if (keyword && !p.k.some(function (k) { return lower(k) === keyword; })) return;
      if (watch && (p.w || []).indexOf(watch) < 0) return;
      if ((from || to) && !p.d.some(function (d) { return (!from || d >= from) && (!to || d <= to); })) return;
      if (p.u < min) return;
      var score = terms.filter(function (t) { return title.indexOf(t) >= 0; }).length;
      hits.push({ p: p, score: score, last: p.d.length ? p.d[p.d.length - 1] : '' });
    });
    hits.sort(function (a, b) {
      if (sort === 'upvotes') return b.p.u - a.p.u || cmp(a.p.id, b.p.id);
      if (sort === 'date') return cmp(b.last, a.last) || b.p.u - a.p.u || cmp(a.p.id, b.p.id);
      return b.score - a.score || b.p.u - a.p.u || cmp(a.p.id, b.p.id);
    });
    var pages = Math.max(1, Math.ceil(hits.length / PAGE));
    status.textContent = '검색 결과 ' + hits.length + '편';
    hits.slice((page - 1) * PAGE, page * PAGE).forEach(function (h) { list.appendChild(row(h)); });
    if (hits.length > PAGE) {
      if (page > 1) pager.appendChild(link(page - 1, '← 이전'));
      var at = document.createElement('span');
      at.textContent = ' ' + page + ' / ' + pages + ' ';
      pager.appendChild(at);
      if (page < pages) pager.appendChild(link(page + 1, '다음 →'));
    }
  }

  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function row(h) {
    var li = document.createElement('li');
    li.className = 'hit';
    var a = document.createElement('a');
    a.className = 'title';
    a.href = box.dataset.papers + encodeURIComponent(h.p.id) + '.html';
    marked(a, h.p.t);
    li.appendChild(a);
    var meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = '👍 ' + h.p.u + (h.p.o ? ' · ' + h.p.o : '') + (h.last ? ' · ' + h.last : '') +
      (h.p.k.length ? ' · ' + h.p.k.slice(0, 6).join(' · ') : '');
    li.appendChild(meta);
    if (h.p.x) {
      var x = document.createElement('p');
      x.className = 'excerpt';
      marked(x, h.p.x.length > 200 ? h.p.x.slice(0, 200) + '…' : h.p.x);
      li.appendChild(x);
    }
    return li;
  }

  // Appends text to el with each search term wrapped in <mark>, as text nodes only.
  function marked(el, text) {
    var low = text.toLocaleLowerCase('ko');
    var at = 0;
    while (at < text.length) {
      var next = -1, len = 0;
      terms.forEach(function (t) {
        var i = low.indexOf(t, at);
        if (i >= 0 && (next < 0 || i < next)) { next = i; len = t.length; }
      });
      if (next < 0 || low.length !== text.length) { el.appendChild(document.createTextNode(text.slice(at))); return; }
      if (next > at) el.appendChild(document.createTextNode(text.slice(at, next)));
      var m = document.createElement('mark');
      m.textContent = text.slice(next, next + len);
      el.appendChild(m);
      at = next + len;
    }
  }

  function link(n, label) {
    var q = new URLSearchParams(params);
    q.set('page', n);
    var a = document.createElement('a');
    a.href = '?' + q.toString();
    a.textContent = label;
    return a;
  }
})();
