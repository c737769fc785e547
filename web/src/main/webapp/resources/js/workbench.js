/*
 * Agent workbench, live part: one agent socket per page. A text line of the open chat is appended to its
 * transcript in the page; other frames that change what the page shows call the JSF remote command sbPush, which
 * reloads the view and re-renders status, list, chat and visitor panel; the visitor's typing draft is shown directly. Enter sends, Shift+Enter is a new line, Ctrl+K goes to the next conversation.
 * Text from visitors is only ever set with textContent.
 */
var SB = (function () {
  'use strict';

  var form = document.getElementById('wb');
  var socket = null, delay = 1000, pending = [], flushing = false, ended = false, leaving = false;

  function selected() {
    var chat = document.getElementById('wb:chat');
    return chat && chat.getAttribute('data-conversation') ? Number(chat.getAttribute('data-conversation')) : null;
  }

  var live = false;

  function setConnection(online) {
    live = online;
    var el = document.getElementById('connection');
    if (el) {
      el.textContent = el.getAttribute(online ? 'data-online' : 'data-offline');
      el.className = 'wb-connection ' + (online ? 'wb-online' : 'wb-offline');
    }
  }

  function connect() {
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + form.getAttribute('data-ws');
    socket = new WebSocket(url);
    socket.onopen = function () {
      delay = 1000;
      setConnection(true);
      push({ type: 'reconnected' }); // anything missed while away is reloaded from the services
    };
    socket.onmessage = function (e) {
      var f;
      try {
        f = JSON.parse(e.data);
      } catch (err) {
        return;
      }
      onFrame(f);
    };
    socket.onclose = function () {
      setConnection(false);
      if (ended) {
        return;
      }
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  }

  /**
   * Heartbeat like the widget's: the server closes a socket that sent nothing for its idle time (told in the hello
   * frame, 60 s by default), so the page pings at a third of it and its agent is not counted as having lost the
   * connection.
   */
  var pingEvery = 20000, lastPing = Date.now();
  setInterval(function () {
    if (socket && socket.readyState === WebSocket.OPEN && Date.now() - lastPing >= pingEvery) {
      lastPing = Date.now();
      socket.send('{"type":"ping"}');
    }
  }, 1000);

  function onFrame(f) {
    switch (f.type) {
      case 'event':
        if (f.event === 'ASSIGNED' || f.event === 'TRANSFER_REQUESTED') {
          alertAgent(f.event === 'ASSIGNED' ? '新会话 / New conversation' : '转接请求 / Transfer request');
        }
        if (f.event === 'AGENT_FORCED_OFFLINE') {
          forcedOut();
          return;
        }
        push({ type: 'event', event: f.event, conversationId: f.conversationId || '' });
        break;
      case 'hello':
        if (f.idleSeconds) {
          pingEvery = Math.max(5, Math.floor(f.idleSeconds / 3)) * 1000;
        }
        break;
      case 'message':
        clearTyping(f.conversationId);
        if (f.conversationId === selected()) {
          if (appendLine(f)) {
            if (f.sender === 'VISITOR' && window.sbAssist) {
              // FL-4: suggestions for the visitor's new line (the assist panel only)
              window.sbAssist([{ name: 'seq', value: String(f.seq) }]);
            }
            break; // the open chat's line, in the page: no postback that reloads every list per line
          }
        } else if (f.sender === 'VISITOR') {
          beep();
          unread[f.conversationId] = (unread[f.conversationId] || 0) + 1;
          if (paintUnread(f.conversationId)) {
            break; // another chat's line: only its badge changes
          }
        } else if (listItem(f.conversationId)) {
          break; // an agent's or system line of another chat changes nothing on screen
        }
        push({ type: 'message', conversationId: f.conversationId, sender: f.sender });
        break;
      case 'recalled':
        push({ type: 'recalled', conversationId: f.conversationId });
        break;
      case 'signedOut':
        signedOut(f.reason);
        break;
      case 'typing':
        showTyping(f.conversationId, f.draft);
        break;
      default:
        break;
    }
  }

  /**
   * The server ended this session (password reset, account deleted, forced offline) and closes the socket: no
   * reconnect; the login page says why.
   */
  function signedOut(reason) {
    ended = true;
    if (reason === 'FORCED_OFFLINE') {
      forcedOut();
      return;
    }
    location.href = form.getAttribute('data-ws').replace(/\/agent\/socket$/, '/login.xhtml?ended=true');
  }

  /** An administrator set this agent offline (AD-1): the session ends and the login page says why. */
  function forcedOut() {
    if (leaving) {
      return;
    }
    leaving = true;
    var out = document.createElement('form');
    out.method = 'post';
    out.action = form.getAttribute('data-ws').replace(/\/agent\/socket$/, '/logout');
    var flag = document.createElement('input');
    flag.type = 'hidden';
    flag.name = 'forced';
    flag.value = 'true';
    out.appendChild(flag);
    document.body.appendChild(out);
    out.submit();
  }

  var FIELDS = ['type', 'conversationId', 'sender', 'event'];

  /**
   * Pushes arrive in bursts: everything that came within 80 ms goes in one remote command, one re-render. Each
   * change sends the same four parameters in the same order (empty when it has none), so the server reads them
   * as parallel lists.
   */
  function push(change) {
    pending.push(change);
    if (flushing) {
      return;
    }
    flushing = true;
    setTimeout(function () {
      var args = [];
      pending.splice(0).forEach(function (c) {
        FIELDS.forEach(function (k) {
          args.push({ name: k, value: c[k] === undefined || c[k] === null ? '' : String(c[k]) });
        });
      });
      flushing = false;
      window.sbPush(args);
    }, 80);
  }

  var clock = null;

  /** hh:mm:ss in the tenant's time zone, as the server renders today's lines. */
  function timeOf(iso) {
    if (!clock) {
      var zone = form.getAttribute('data-zone') || undefined;
      try {
        clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit',
          hourCycle: 'h23', timeZone: zone });
      } catch (err) {
        clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
      }
    }
    var at = new Date(iso);
    return isNaN(at.getTime()) ? '' : clock.format(at);
  }

  /**
   * Appends a text line of the open chat to its transcript, in seq order, once (the server's own re-render of the
   * transcript may already hold it). Files and recalled lines are left to the re-render: false.
   */
  function appendLine(f) {
    var t = document.getElementById('wb:transcript');
    if (!t || f.attachment || f.recalled || typeof f.seq !== 'number' || typeof f.body !== 'string') {
      return false;
    }
    var before = null;
    var lines = t.querySelectorAll('.wb-line[data-seq]');
    for (var i = 0; i < lines.length; i++) {
      var seq = Number(lines[i].getAttribute('data-seq'));
      if (seq === f.seq) {
        return true;
      }
      if (seq > f.seq && !before) {
        before = lines[i];
      }
    }
    var line = document.createElement('div');
    line.className = 'wb-line wb-from-' + String(f.sender || 'system').toLowerCase().replace(/[^a-z]/g, '');
    line.setAttribute('data-seq', String(f.seq));
    var bubble = document.createElement('div');
    bubble.className = 'wb-bubble';
    bubble.textContent = f.body;
    (f.buttons || []).forEach(function (b) {
      var choice = document.createElement('div');
      choice.className = 'wb-choice';
      choice.textContent = '[' + b.key + '] ' + b.label;
      bubble.appendChild(choice);
    });
    var meta = document.createElement('div');
    meta.className = 'wb-meta';
    meta.textContent = timeOf(f.sentAt);
    line.appendChild(bubble);
    line.appendChild(meta);
    t.insertBefore(line, before);
    if (!before) {
      scrollDown();
    }
    return true;
  }

  function showTyping(conversationId, draft) {
    if (conversationId !== selected()) {
      return;
    }
    var el = document.getElementById('typing');
    if (el) {
      el.textContent = draft ? '✎ ' + draft : '';
    }
  }

  function clearTyping(conversationId) {
    if (conversationId === selected()) {
      showTyping(conversationId, '');
    }
  }

  var audio = null;
  function beep() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      var osc = audio.createOscillator(), gain = audio.createGain();
      osc.frequency.value = 880;
      gain.gain.value = 0.05;
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start();
      osc.stop(audio.currentTime + 0.15);
    } catch (e) { /* no audio: the list still shows it */ }
  }

  function alertAgent(title) {
    beep();
    if (window.Notification && Notification.permission === 'granted' && document.hidden) {
      new Notification(title);
    }
  }

  document.addEventListener('click', function once() {
    if (window.Notification && Notification.permission === 'default') {
      Notification.requestPermission();
    }
    document.removeEventListener('click', once);
  });

  function scrollDown() {
    var t = document.getElementById('wb:transcript');
    if (t) {
      t.scrollTop = t.scrollHeight;
    }
  }

  function composer() {
    return document.getElementById('wb:draft');
  }

  /** Called after every re-render: keeps the transcript at its end and the composer's keys wired. */
  /** Visitor lines not yet seen per conversation: kept by the page, shown as the badge of its list item. */
  var unread = {};

  function listItem(conversationId) {
    var list = document.getElementById('wb:list');
    return list ? list.querySelector('.wb-item[data-conversation="' + conversationId + '"]') : null;
  }

  /** Shows a conversation's unread count on its list item; false when the list has no item for it yet. */
  function paintUnread(conversationId) {
    var item = listItem(conversationId);
    var badge = item ? item.querySelector('.wb-unread') : null;
    if (!badge) {
      return false;
    }
    var n = unread[conversationId] || 0;
    badge.textContent = n > 0 ? String(n) : '';
    badge.hidden = n <= 0;
    return true;
  }

  function afterRender(focus) {
    var open = selected();
    if (open !== null) {
      delete unread[open];
    }
    Object.keys(unread).forEach(function (id) {
      paintUnread(id);
    });
    scrollDown();
    if (live) {
      setConnection(true); // a full re-render brought back the "connecting" text
    }
    var c = composer();
    if (c && !c.getAttribute('data-wired')) {
      c.setAttribute('data-wired', '1');
      c.addEventListener('keydown', function (e) {
        if (quick.onKey(e)) {
          return;
        }
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          document.getElementById('wb:send').click();
        }
      });
      c.addEventListener('input', function () {
        quick.update(c);
      });
      c.addEventListener('blur', function () {
        setTimeout(quick.close, 150);
      });
    }
    if (focus && c) {
      c.focus();
    }
    emojiButtons();
    countdown();
  }

  /** Puts text into the reply box at the caret, or in place of [from, to). */
  function insert(text, from, to) {
    var c = composer();
    if (!c) {
      return;
    }
    var start = from === undefined ? c.selectionStart : from;
    var end = to === undefined ? c.selectionEnd : to;
    c.value = c.value.slice(0, start) + text + c.value.slice(end);
    c.focus();
    c.selectionStart = c.selectionEnd = start + text.length;
  }

  /**
   * Quick replies on "/" (AG-2): typing "/" at the start of a line opens a list of the agent's quick replies,
   * filtered by what follows; arrows move, Enter or Tab inserts, Escape closes. The list comes from the page
   * (qr-json), public and the agent's own.
   */
  var quick = (function () {
    var open = false, items = [], index = 0, slash = -1;

    function all() {
      var el = document.getElementById('qr-json');
      try {
        return el ? JSON.parse(el.textContent || '[]') : [];
      } catch (e) {
        return [];
      }
    }

    function popup() {
      return document.getElementById('qr-popup');
    }

    function close() {
      open = false;
      var p = popup();
      if (p) {
        p.hidden = true;
      }
    }

    function render() {
      var p = popup();
      if (!p) {
        return;
      }
      p.textContent = '';
      items.forEach(function (r, i) {
        var row = document.createElement('div');
        row.className = 'wb-quick-item' + (i === index ? ' wb-quick-active' : '');
        row.setAttribute('role', 'option');
        var title = document.createElement('strong');
        title.textContent = r.title;
        var body = document.createElement('span');
        body.textContent = r.body;
        row.appendChild(title);
        row.appendChild(body);
        row.addEventListener('mousedown', function (e) {
          e.preventDefault();
          index = i;
          choose();
        });
        p.appendChild(row);
      });
      p.hidden = items.length === 0;
      open = items.length > 0;
    }

    function update(c) {
      var before = c.value.slice(0, c.selectionStart);
      var m = /(^|\n)\/([^\s\/]*)$/.exec(before);
      if (!m) {
        close();
        return;
      }
      slash = before.length - m[2].length - 1;
      var q = m[2].toLowerCase();
      items = all().filter(function (r) {
        return !q || r.title.toLowerCase().indexOf(q) >= 0 || r.body.toLowerCase().indexOf(q) >= 0
            || r.category.toLowerCase().indexOf(q) >= 0;
      }).slice(0, 8);
      index = 0;
      render();
    }

    function choose() {
      var c = composer();
      if (!open || !c || !items[index]) {
        return;
      }
      insert(items[index].body, slash, c.selectionStart);
      close();
    }

    function onKey(e) {
      if (!open) {
        return false;
      }
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        index = (index + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        render();
      } else if ((e.key === 'Enter' || e.key === 'Tab') && !e.isComposing) {
        choose();
      } else if (e.key === 'Escape') {
        close();
      } else {
        return false;
      }
      e.preventDefault();
      return true;
    }

    return { update: update, onKey: onKey, close: close };
  })();

  /** The emoji panel and the side panel's quick replies insert into the reply box. */
  document.addEventListener('click', function (e) {
    var use = e.target.closest && e.target.closest('.wb-reply-use');
    if (use) {
      e.preventDefault();
      insert(use.getAttribute('data-body'));
      return;
    }
    var emoji = e.target.closest && e.target.closest('.wb-emoji button');
    if (emoji) {
      insert(emoji.textContent);
    }
  });

  /** CH-11: a picked image or file is posted to /agent/files and arrives in the transcript by the push. */
  document.addEventListener('change', function (e) {
    var input = e.target;
    if (!input || input.id !== 'file' || !input.files || !input.files.length) {
      return;
    }
    var data = new FormData();
    data.append('file', input.files[0]);
    var label = input.parentNode;
    label.classList.add('wb-uploading');
    fetch(input.getAttribute('data-upload'), { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (r) {
        return r.json().catch(function () {
          return { error: 'HTTP ' + r.status };
        });
      })
      .then(function (answer) {
        if (answer.error) {
          alertError(answer.error);
        }
      })
      .catch(function (err) {
        alertError(String(err));
      })
      .then(function () {
        label.classList.remove('wb-uploading');
        input.value = '';
      });
  });

  function alertError(text) {
    var growl = window.PF && PF('growlWidget');
    if (growl) {
      growl.renderMessage({ summary: text, detail: '', severity: 'error' });
    } else {
      window.alert(text);
    }
  }

  function emojiButtons() {
    var list = document.getElementById('emoji-list');
    if (!list || list.getAttribute('data-ready')) {
      return;
    }
    var chars = list.textContent.trim().split(/\s+/);
    list.textContent = '';
    chars.forEach(function (ch) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = ch;
      list.appendChild(b);
    });
    list.setAttribute('data-ready', '1');
  }

  var ticking = null;
  function countdown() {
    var el = document.querySelector('.wb-countdown');
    if (ticking) {
      clearInterval(ticking);
      ticking = null;
    }
    if (!el) {
      return;
    }
    var left = Number(el.getAttribute('data-seconds'));
    ticking = setInterval(function () {
      left = Math.max(0, left - 1);
      el.textContent = String(left);
      if (left === 0) {
        clearInterval(ticking);
        ticking = null;
        push({ type: 'wrapUpOver' });
      }
    }, 1000);
  }

  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && (e.key === 'k' || e.key === 'K')) {
      e.preventDefault();
      window.sbNext();
    }
  });

  connect();
  afterRender(true);
  return { afterRender: afterRender };
})();
