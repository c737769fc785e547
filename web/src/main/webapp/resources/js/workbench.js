/*
 * Agent workbench, live part: one agent socket per page. Frames that change what the page shows call the JSF
 * remote command sbPush, which reloads the view and re-renders status, list, chat and visitor panel; the visitor's
 * typing draft is shown directly. Enter sends, Shift+Enter is a new line, Ctrl+K goes to the next conversation.
 * Text from visitors is only ever set with textContent.
 */
var SB = (function () {
  'use strict';

  var form = document.getElementById('wb');
  var socket = null, delay = 1000, pending = [], flushing = false;

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
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  }

  function onFrame(f) {
    switch (f.type) {
      case 'event':
        if (f.event === 'ASSIGNED' || f.event === 'TRANSFER_REQUESTED') {
          alertAgent(f.event === 'ASSIGNED' ? '新会话 / New conversation' : '转接请求 / Transfer request');
        }
        if (f.event === 'AGENT_FORCED_OFFLINE') {
          alert(document.documentElement.lang === 'en' ? 'An administrator set you offline.' : '管理员已将您强制下线。');
        }
        push({ type: 'event', event: f.event, conversationId: f.conversationId || '' });
        break;
      case 'message':
        if (f.sender === 'VISITOR' && f.conversationId !== selected()) {
          beep();
        }
        clearTyping(f.conversationId);
        push({ type: 'message', conversationId: f.conversationId, sender: f.sender });
        break;
      case 'recalled':
        push({ type: 'recalled', conversationId: f.conversationId });
        break;
      case 'typing':
        showTyping(f.conversationId, f.draft);
        break;
      default:
        break;
    }
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
  function afterRender(focus) {
    scrollDown();
    if (live) {
      setConnection(true); // a full re-render brought back the "connecting" text
    }
    var c = composer();
    if (c && !c.getAttribute('data-wired')) {
      c.setAttribute('data-wired', '1');
      c.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          document.getElementById('wb:send').click();
        }
      });
    }
    if (focus && c) {
      c.focus();
    }
    countdown();
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
