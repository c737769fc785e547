/*
 * Switchboard web chat widget (CH-1..CH-11). Embed with one line:
 *   <script src="https://HOST/widget.js" data-site="SITE_KEY" async></script>
 * Optional attributes: data-group="SKILL_GROUP_ID" (entry designation: skip the picker), data-entry="KEY" (the entry
 * button, matched by routing rules), data-lang="zh|en",
 * data-user, data-user-name, data-user-signature (signed identity: hex HMAC-SHA256 of data-user under the site
 * secret, computed by the host site's server).
 * Plain JavaScript, no dependencies. Everything is drawn inside a shadow root, so the host page's CSS and the
 * widget's CSS never touch. Text from visitors and agents is only ever set with textContent.
 */
(function () {
  'use strict';

  var script = document.currentScript || (function () {
    var all = document.querySelectorAll('script[data-site]');
    return all[all.length - 1];
  })();
  if (!script || window.__switchboardWidget) {
    return;
  }
  window.__switchboardWidget = true;

  var siteKey = script.getAttribute('data-site');
  var base = script.src.replace(/\/widget\.js(\?.*)?$/, '');
  var api = base + '/api/widget/' + encodeURIComponent(siteKey);
  var socketUrl = base.replace(/^http/, 'ws') + '/visitor/socket';
  var entryGroup = script.getAttribute('data-group');
  var entryKey = script.getAttribute('data-entry');
  var lang = (script.getAttribute('data-lang') || navigator.language || 'zh').toLowerCase().indexOf('zh') === 0 ? 'zh' : 'en';

  var TEXT = {
    zh: {
      close: '关闭', send: '发送', placeholder: '请输入消息，Enter 发送', emoji: '表情', file: '图片/文件',
      pick: '请选择咨询的技能组', online: '人在线', nobody: '无人在线', leave: '留言',
      queued: '排队中，您是第 {index} 位，前面还有 {num} 人', queuedWait: '，预计等待约 {minutes} 分钟', queuedSoon: '，预计不到 1 分钟', serving: '客服 {agent} 正在为您服务',
      ended: '会话已结束', connecting: '正在连接…', reconnecting: '连接中断，正在重连…',
      rateTitle: '请对本次服务进行评价', rateComment: '您的意见（选填）', rateSubmit: '提交评价',
      rated: '感谢您的评价！', leaveTitle: '留言', name: '姓名（选填）', contact: '电话或邮箱',
      leaveText: '请描述您的问题', leaveSubmit: '提交留言', left: '留言已提交，我们会尽快联系您。',
      uploading: '正在上传 {name}…', uploadFailed: '上传失败：{reason}', tooLarge: '文件太大',
      info: '关于我们', recalled: '客服撤回了一条消息',
      needContact: '请填写电话或邮箱，方便我们联系您', needText: '请写下您的问题',
      earlier: '查看更早的消息', historyEnd: '以上为历史消息', newChat: '开始新的对话', notSent: '未发送：{reason}',
      err_sensitive: '消息包含不允许发送的内容，请修改后再发', err_tooMany: '发送太频繁，请稍后再试',
      err_unavailable: '服务暂时不可用，请稍后再试', err_invalid: '消息无效', err_forbidden: '无法发送消息',
      err_rejected: '文件不被接受', err_internal: '出错了，请稍后再试',
      'reason_conversation.alreadyRated': '您已经评价过本次会话', 'reason_conversation.notServed': '本次会话没有坐席接待，无需评价',
      'reason_conversation.notYoursToRate': '无法评价这个会话'
    },
    en: {
      close: 'Close', send: 'Send', placeholder: 'Type a message, Enter to send', emoji: 'Emoji', file: 'Image/file',
      pick: 'What can we help you with?', online: 'online', nobody: 'nobody online', leave: 'Leave a message',
      queued: 'You are number {index} in the queue, {num} ahead of you', queuedWait: ', about {minutes} min to wait', queuedSoon: ', less than a minute to wait', serving: '{agent} is serving you',
      ended: 'The conversation has ended', connecting: 'Connecting…', reconnecting: 'Connection lost, reconnecting…',
      rateTitle: 'How did we do?', rateComment: 'Your comment (optional)', rateSubmit: 'Submit rating',
      rated: 'Thank you for your rating!', leaveTitle: 'Leave a message', name: 'Name (optional)',
      contact: 'Phone or e-mail', leaveText: 'How can we help?', leaveSubmit: 'Send message',
      left: 'Thank you, we will get back to you soon.', uploading: 'Uploading {name}…',
      uploadFailed: 'Upload failed: {reason}', tooLarge: 'file too large', info: 'About us',
      recalled: 'The agent recalled a message',
      needContact: 'Please enter a phone number or e-mail so we can reach you', needText: 'Please tell us how we can help',
      earlier: 'Show earlier messages', historyEnd: 'Earlier messages above', newChat: 'Start a new chat', notSent: 'Not sent: {reason}',
      err_sensitive: 'The message contains words that cannot be sent; please rephrase it',
      err_tooMany: 'Too many messages, please wait a moment', err_unavailable: 'The service is briefly unavailable, please try again',
      err_invalid: 'The message is not valid', err_forbidden: 'The message cannot be sent', err_rejected: 'The file is not accepted',
      err_internal: 'Something went wrong, please try again',
      'reason_conversation.alreadyRated': 'You have already rated this conversation',
      'reason_conversation.notServed': 'No agent served this conversation, so there is nothing to rate',
      'reason_conversation.notYoursToRate': 'This conversation cannot be rated'
    }
  }[lang];

  var EMOJI = ['😀', '😂', '😊', '😍', '🤔', '😅', '😭', '😡', '👍', '👎', '🙏', '👏', '🎉', '❤️', '💔', '🔥',
    '✅', '❌', '❓', '⭐', '☕', '🌹', '💡', '📦'];

  function t(key, values) {
    return (TEXT[key] || key).replace(/\{(\w+)\}/g, function (m, k) {
      return values && values[k] !== undefined ? String(values[k]) : m;
    });
  }

  function store(key, value) {
    try {
      if (value === undefined) {
        return window.localStorage.getItem('switchboard.' + siteKey + '.' + key);
      }
      window.localStorage.setItem('switchboard.' + siteKey + '.' + key, value);
    } catch (e) {
      return null;
    }
    return value;
  }

  function randomId(prefix, size) {
    var bytes = new Uint8Array(size || 12);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return prefix + Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  /*
   * An anonymous visitor is an id and a secret (128 random bits) that this browser keeps; the server binds the
   * secret to the id at the first session and wants it with every later one, so knowing the id is not enough.
   */
  var visitorId = store('visitor');
  var visitorSecret = store('visitorSecret');
  if (!visitorId) {
    newIdentity();
  } else if (!visitorSecret) {
    visitorSecret = randomId('', 16); // kept from before secrets existed: the first session binds this one
    store('visitorSecret', visitorSecret);
  }
  var signedUser = script.getAttribute('data-user');
  var pass = null, passExpires = 0;

  function newIdentity() {
    visitorId = randomId('v_');
    visitorSecret = randomId('', 16);
    store('visitor', visitorId);
    store('visitorSecret', visitorSecret);
    store('conversation', '');
  }

  /** Whether a problem document refuses the request because of {@code field} (see ProblemMappers). */
  function refusedField(problem, field) {
    return !!(problem && problem.errors || []).some(function (e) {
      return e.field === field;
    });
  }

  /**
   * CH-5: tells the server who the visitor is (the anonymous id and secret above, or the host site's signed user)
   * and, with recordPage, which page is open; the answer is the pass the socket, page views and uploads present
   * (from this address only). If the server says the id belongs to another browser's secret, this browser starts
   * over as a new visitor, once.
   */
  function openSession(recordPage, retried) {
    var body = { visitorId: visitorId, visitorSecret: visitorSecret };
    if (signedUser) {
      body.userId = signedUser;
      body.userSignature = script.getAttribute('data-user-signature') || '';
      body.userName = script.getAttribute('data-user-name') || undefined;
    }
    if (recordPage) {
      body.url = String(location.href).slice(0, 4000);
      body.title = String(document.title || '').slice(0, 1000);
    }
    return fetch(api + '/sessions', {
      method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (answer) {
        if (!r.ok) {
          if (r.status === 403 && !signedUser && !retried && refusedField(answer, 'visitorSecret')) {
            newIdentity();
            conversationId = null;
            lastSeq = 0;
            return openSession(recordPage, true);
          }
          var refused = new Error(answer.detail || ('HTTP ' + r.status));
          refused.status = r.status;
          throw refused;
        }
        pass = answer.pass;
        passExpires = Date.parse(answer.expiresAt);
        return pass;
      });
    });
  }

  function currentPass() {
    return pass && passExpires - Date.now() > 60000 ? Promise.resolve(pass) : openSession(false);
  }

  /**
   * Sends request(pass); when the server refuses the pass as stale (issued to another address — the visitor's
   * network changed — or expired), forgets it and sends once more with the pass of a new session.
   */
  function withPass(request) {
    return currentPass().then(request).then(function (r) {
      if (r.status !== 403) {
        return r;
      }
      return r.clone().json().then(function (problem) {
        if (!refusedField(problem, 'pass')) {
          return r;
        }
        pass = null;
        return currentPass().then(request);
      }, function () {
        return r;
      });
    });
  }

  /** Single-page sites: a new history entry is a new page of the trail. */
  function reportPage() {
    if (!pass) {
      return;
    }
    var page = { url: String(location.href).slice(0, 2000), title: String(document.title || '').slice(0, 1000) };
    withPass(function (p) {
      return fetch(api + '/pageviews', {
        method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ pass: p, url: page.url, title: page.title })
      });
    }).catch(function () { /* the trail is best effort */ });
  }
  ['pushState', 'replaceState'].forEach(function (name) {
    var original = history[name];
    if (typeof original === 'function') {
      history[name] = function () {
        var before = location.href;
        var result = original.apply(this, arguments);
        if (location.href !== before) {
          setTimeout(reportPage, 0);
        }
        return result;
      };
    }
  });
  window.addEventListener('popstate', function () { setTimeout(reportPage, 0); });
  window.addEventListener('hashchange', function () { setTimeout(reportPage, 0); });

  // ---- DOM helpers (no innerHTML with data) ----------------------------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') {
        node.textContent = attrs[k];
      } else if (k === 'class') {
        node.className = attrs[k];
      } else if (k.indexOf('on') === 0) {
        node.addEventListener(k.substring(2), attrs[k]);
      } else {
        node.setAttribute(k, attrs[k]);
      }
    });
    (children || []).forEach(function (c) {
      if (c) {
        node.appendChild(c);
      }
    });
    return node;
  }

  function css(settings) {
    var b = settings.button, w = settings.window, inv = settings.invitation;
    var side = b.position === 'BOTTOM_LEFT' ? 'left' : 'right';
    return [
      ':host{all:initial}',
      '*{box-sizing:border-box;font-family:-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:14px}',
      '.entry{position:fixed;bottom:20px;' + side + ':20px;z-index:2147483000;background:' + b.color +
        ';color:#fff;border:0;border-radius:24px;padding:12px 20px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}',
      '.entry[hidden],.panel[hidden],.invite[hidden],[hidden]{display:none!important}',
      '.invite{position:fixed;bottom:80px;' + side + ':20px;z-index:2147483000;width:300px;max-width:calc(100vw - 40px);' +
        'background:' + inv.backgroundColor + (inv.backgroundImageUrl ? ' url("' + encodeURI(inv.backgroundImageUrl) + '") center/cover' : '') +
        ';color:#222;border-radius:10px;padding:16px;box-shadow:0 6px 24px rgba(0,0,0,.25)}',
      '.invite p{margin:0 0 12px}',
      '.invite .buttons{display:flex;gap:8px;justify-content:flex-end}',
      '.btn{border:0;border-radius:6px;padding:8px 14px;cursor:pointer;background:' + w.color + ';color:#fff}',
      '.btn.secondary{background:#e8e8e8;color:#333}',
      '.panel{position:fixed;bottom:20px;' + side + ':20px;z-index:2147483001;width:370px;height:560px;max-height:calc(100vh - 40px);' +
        'background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);display:flex;flex-direction:column;overflow:hidden}',
      '@media (max-width:480px){.panel{left:0;right:0;bottom:0;top:0;width:100%;height:100%;max-height:none;border-radius:0}}',
      '.head{background:' + w.color + ';color:#fff;padding:10px 12px;display:flex;align-items:center;gap:8px}',
      '.head img{max-width:80px;max-height:40px}',
      '.head .title{flex:1;font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}',
      '.head button{background:transparent;border:0;color:#fff;cursor:pointer;font-size:18px;line-height:1}',
      '.status{padding:6px 12px;background:#f5f7fa;color:#555;font-size:12px;border-bottom:1px solid #eee}',
      '.info{padding:8px 12px;background:#fafafa;border-bottom:1px solid #eee;font-size:12px;color:#555;max-height:120px;overflow:auto}',
      '.info div{margin:2px 0}',
      '.body{flex:1;overflow-y:auto;padding:12px;background:#f3f4f6}',
      '.line{display:flex;margin:6px 0;gap:6px;align-items:flex-end}',
      '.line.visitor{justify-content:flex-end}',
      '.line.system{justify-content:center}',
      '.line img.avatar{width:32px;height:32px;border-radius:50%}',
      '.bubble{max-width:75%;padding:8px 10px;border-radius:10px;background:#fff;color:#222;white-space:pre-wrap;word-break:break-word}',
      '.visitor .bubble{background:' + w.color + ';color:#fff}',
      '.visitor .bubble a{color:#fff}',
      '.system .bubble{background:transparent;color:#888;font-size:12px;text-align:center}',
      '.bubble img.picture{max-width:200px;max-height:200px;display:block;border-radius:6px}',
      '.choices{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}',
      '.choice{border:1px solid ' + w.color + ';color:' + w.color + ';background:#fff;border-radius:14px;padding:4px 10px;cursor:pointer;font-size:13px}',
      '.choice:hover{background:' + w.color + ';color:#fff}',
      '.pending{opacity:.6}',
      '.failed .bubble{opacity:.6;border:1px dashed #c0392b}',
      '.line.failed{flex-wrap:wrap}', '.line .why{flex-basis:100%;text-align:right;color:#c0392b;font-size:12px}',
      '.earlier{display:block;margin:0 auto 8px;border:0;background:transparent;color:' + w.color + ';cursor:pointer;font-size:12px}',
      '.divider{text-align:center;color:#999;font-size:12px;margin:10px 0}',
      '.restart{padding:10px;border-top:1px solid #eee;background:#fff;text-align:center}',
      '.picker{padding:12px;overflow:auto;flex:1}',
      '.picker h3{margin:0 0 10px;font-size:15px}',
      '.group{display:block;width:100%;text-align:left;margin:0 0 8px;padding:10px;border:1px solid #ddd;border-radius:8px;background:#fff;cursor:pointer}',
      '.group:hover{border-color:' + w.color + '}',
      '.group small{color:#888;margin-left:6px}',
      '.group .agents{color:#666;font-size:12px;margin-top:4px}',
      '.footer{color:#999;font-size:12px;text-align:center;margin-top:8px}',
      '.composer{border-top:1px solid #eee;padding:8px;display:flex;gap:6px;align-items:flex-end;background:#fff;position:relative}',
      '.composer textarea{flex:1;resize:none;height:56px;border:1px solid #ddd;border-radius:6px;padding:6px}',
      '.tool{background:transparent;border:0;font-size:20px;cursor:pointer;padding:4px}',
      '.emojis{position:absolute;bottom:72px;left:8px;background:#fff;border:1px solid #ddd;border-radius:8px;padding:6px;display:grid;grid-template-columns:repeat(8,1fr);gap:2px;box-shadow:0 4px 12px rgba(0,0,0,.15)}',
      '.emojis button{border:0;background:transparent;font-size:20px;cursor:pointer}',
      '.form{padding:12px;display:flex;flex-direction:column;gap:8px;background:#fff;border-top:1px solid #eee}',
      '.form input,.form textarea{border:1px solid #ddd;border-radius:6px;padding:6px}',
      '.stars{display:flex;gap:4px}',
      '.stars button{border:0;background:transparent;font-size:26px;cursor:pointer;color:#ccc;padding:0}',
      '.stars button.on{color:#f5a623}',
      '.error{color:#c0392b;font-size:12px}', '[aria-invalid="true"]{border-color:#c0392b}',
      '.notice{color:#2e7d32;font-size:13px}'
    ].join('\n');
  }

  // ---- state ----------------------------------------------------------------------------------------------
  var config, root, ui = {};
  var socket, socketOpen = false, reconnectDelay = 1000, pendingFrames = [];
  var greeted = false, refusal = null, passRenewed = false;
  var conversationId = Number(store('conversation')) || null;
  /**
   * The last line of the conversation that this page has with every line before it: the cursor a reconnect and a
   * catch-up ask after. A live line that overtakes a catch-up page does not move it past the lines still missing.
   * It starts at 0 with every page load: a new page shows nothing yet, so its first hello brings the whole current
   * conversation (after a reload, on another page of the site, after the chat ended).
   */
  var lastSeq = 0;
  var seen = {};
  /** Per conversation, the highest seq shown: a line below it goes in its place, not at the end. */
  var shownUpTo = {};
  /** The cursor of the last catch-up asked for on this socket: a page that moves nothing on is not asked again. */
  var askedAfter = -1;
  var chosenGroup = entryGroup ? Number(entryGroup) : null;
  var state = null, served = false, ratedConversation = null;
  /** The oldest conversation shown (the current one, or an earlier one asked for): "earlier messages" asks before it. */
  var oldestShown = null, historyAfter = 0;
  var typingTimer = null, lastTyping = '';

  var sessionReady = null;

  function init() {
    sessionReady = openSession(true);
    sessionReady.catch(function () { /* shown when the visitor opens the chat */ });
    fetch(api + '/config?lang=' + lang, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) {
        throw new Error('widget config: HTTP ' + r.status);
      }
      return r.json();
    }).then(function (c) {
      config = c;
      build();
    }).catch(function (e) {
      if (window.console) {
        console.warn('Switchboard widget not started:', e.message);
      }
    });
  }

  function build() {
    var s = config.settings;
    var host = el('div', { id: 'switchboard-widget' });
    document.body.appendChild(host);
    root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    root.appendChild(el('style', { text: css(s) }));

    ui.entry = el('button', { class: 'entry', part: 'entry', hidden: '', text: s.button.text, onclick: openPanel });
    root.appendChild(ui.entry);
    setTimeout(function () {
      ui.entry.hidden = false;
    }, s.button.delaySeconds * 1000);

    buildInvitation(s);
    buildPanel(s);
    // on every page: the visitor shows among the site's visitors browsing now (an agent may start a chat), and a
    // conversation still running from an earlier page comes in full with hello
    connect();
  }

  /** Whether the panel was open on the site's previous page (kept per tab): it opens again while a chat is live. */
  function panelWasOpen(value) {
    try {
      if (value === undefined) {
        return window.sessionStorage.getItem('switchboard.' + siteKey + '.open') === '1';
      }
      window.sessionStorage.setItem('switchboard.' + siteKey + '.open', value ? '1' : '0');
    } catch (e) { /* private mode */ }
    return false;
  }

  function buildInvitation(s) {
    var inv = s.invitation;
    ui.invite = el('div', { class: 'invite', hidden: '', role: 'dialog' }, [
      el('p', { text: inv.text }),
      el('div', { class: 'buttons' }, [
        inv.showLater ? el('button', { class: 'btn secondary later', text: inv.laterText, onclick: dismissInvitation }) : null,
        inv.showAccept ? el('button', { class: 'btn accept', text: inv.acceptText, onclick: function () {
          dismissInvitation();
          openPanel();
        } }) : null
      ])
    ]);
    root.appendChild(ui.invite);
    var dismissed = false;
    try {
      dismissed = window.sessionStorage.getItem('switchboard.' + siteKey + '.invited') === '1';
    } catch (e) { /* private mode */ }
    if (inv.enabled && !dismissed) {
      setTimeout(function () {
        if (ui.panel.hidden) {
          ui.invite.hidden = false;
        }
      }, inv.delaySeconds * 1000);
    }
  }

  function dismissInvitation() {
    ui.invite.hidden = true;
    try {
      window.sessionStorage.setItem('switchboard.' + siteKey + '.invited', '1');
    } catch (e) { /* private mode */ }
  }

  function buildPanel(s) {
    var info = s.info;
    ui.status = el('div', { class: 'status', hidden: '' });
    ui.body = el('div', { class: 'body', role: 'log', 'aria-live': 'polite' });
    ui.picker = el('div', { class: 'picker', hidden: '' });
    ui.textarea = el('textarea', { placeholder: t('placeholder'), 'aria-label': t('placeholder') });
    ui.textarea.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        sendText();
      }
    });
    ui.textarea.addEventListener('input', onTyping);
    ui.fileInput = el('input', { type: 'file', hidden: '', accept: 'image/*,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.zip,.txt' });
    ui.fileInput.addEventListener('change', function () {
      if (ui.fileInput.files.length) {
        upload(ui.fileInput.files[0]);
        ui.fileInput.value = '';
      }
    });
    ui.emojis = el('div', { class: 'emojis', hidden: '' }, EMOJI.map(function (e) {
      return el('button', { type: 'button', text: e, onclick: function () {
        ui.textarea.value += e;
        ui.emojis.hidden = true;
        ui.textarea.focus();
      } });
    }));
    ui.composer = el('div', { class: 'composer' }, [
      ui.emojis,
      el('button', { class: 'tool emoji', type: 'button', title: t('emoji'), text: '☺', onclick: function () {
        ui.emojis.hidden = !ui.emojis.hidden;
      } }),
      el('button', { class: 'tool attach', type: 'button', title: t('file'), text: '📎', onclick: function () {
        ui.fileInput.click();
      } }),
      ui.fileInput,
      ui.textarea,
      el('button', { class: 'btn send', type: 'button', text: t('send'), onclick: sendText })
    ]);
    ui.rating = buildRating();
    ui.leave = buildLeaveForm();
    ui.earlier = el('button', { class: 'earlier', type: 'button', hidden: '', text: t('earlier'), onclick: askHistory });
    ui.body.appendChild(ui.earlier);
    ui.restart = el('div', { class: 'restart', hidden: '' }, [
      el('button', { class: 'btn new-chat', type: 'button', text: t('newChat'), onclick: startNewChat })
    ]);
    var facts = [info.companyName, info.address, info.phone, info.email, info.announcement].filter(Boolean);
    ui.info = facts.length ? el('div', { class: 'info', hidden: '' }, facts.map(function (f) {
      return el('div', { text: f });
    }).concat(info.imageUrl ? [el('img', { src: info.imageUrl, alt: '', style: 'max-width:100%' })] : [])) : null;
    ui.panel = el('div', { class: 'panel', hidden: '', role: 'dialog', 'aria-label': config.siteName }, [
      el('div', { class: 'head' }, [
        s.window.logoUrl ? el('img', { src: s.window.logoUrl, alt: '' }) : null,
        el('div', { class: 'title', text: info.companyName || config.siteName }),
        ui.info ? el('button', { class: 'info-toggle', title: t('info'), text: 'ⓘ', onclick: function () {
          ui.info.hidden = !ui.info.hidden;
        } }) : null,
        el('button', { class: 'close', title: t('close'), text: '×', onclick: closePanel })
      ]),
      ui.info,
      ui.status,
      ui.picker,
      ui.body,
      ui.rating,
      ui.leave,
      ui.restart,
      ui.composer
    ]);
    root.appendChild(ui.panel);
    // the window's welcome greets until a human agent's welcome (dialog settings, code WELCOME) is shown: one welcome
    ui.welcome = info.welcome ? addLine('system', info.welcome, null, 'site-welcome') : null;
  }

  function buildRating() {
    var score = 0;
    var stars = [];
    var comment = el('textarea', { placeholder: t('rateComment'), rows: '2', maxlength: '500' });
    var error = el('div', { class: 'error' });
    for (var i = 1; i <= 5; i++) {
      (function (n) {
        stars.push(el('button', { type: 'button', class: 'star', 'data-score': String(n), text: '★', 'aria-label': String(n),
          onclick: function () {
            score = n;
            stars.forEach(function (s, idx) {
              s.className = 'star' + (idx < n ? ' on' : '');
            });
          } }));
      })(i);
    }
    var form = el('div', { class: 'form rating', hidden: '' }, [
      el('strong', { text: t('rateTitle') }),
      el('div', { class: 'stars' }, stars),
      comment, error,
      el('button', { class: 'btn submit-rating', type: 'button', text: t('rateSubmit'), onclick: function () {
        if (!score) {
          error.textContent = '★ 1-5';
          return;
        }
        send({ type: 'rate', conversationId: conversationId, score: score, comment: comment.value });
      } })
    ]);
    form.showError = function (m) {
      error.textContent = m;
    };
    return form;
  }

  function buildLeaveForm() {
    var name = el('input', { placeholder: t('name'), maxlength: '100', class: 'leave-name' });
    var contact = el('input', { placeholder: t('contact'), maxlength: '200', class: 'leave-contact' });
    var text = el('textarea', { placeholder: t('leaveText'), rows: '3', maxlength: '2000', class: 'leave-text' });
    var error = el('div', { class: 'error' });
    var form = el('div', { class: 'form leave', hidden: '' }, [
      el('strong', { class: 'leave-title', text: t('leaveTitle') }), name, contact, text, error,
      el('button', { class: 'btn submit-leave', type: 'button', text: t('leaveSubmit'), onclick: function () {
        // one message naming what is missing, and the field marked and focused (not the two placeholders joined)
        var missing = !contact.value.trim() ? contact : (!text.value.trim() ? text : null);
        contact.removeAttribute('aria-invalid');
        text.removeAttribute('aria-invalid');
        if (missing) {
          error.textContent = t(missing === contact ? 'needContact' : 'needText');
          missing.setAttribute('aria-invalid', 'true');
          missing.focus();
          return;
        }
        send({ type: 'leaveMessage', name: name.value, contact: contact.value, text: text.value });
      } })
    ]);
    form.showError = function (m) {
      error.textContent = m;
    };
    form.setTitle = function (title) {
      form.querySelector('.leave-title').textContent = title;
    };
    return form;
  }

  // ---- panel flow -----------------------------------------------------------------------------------------
  /** {@code restored}: opened again by itself on a new page; the host page keeps the keyboard focus then. */
  function openPanel(restored) {
    dismissInvitation();
    ui.panel.hidden = false;
    ui.entry.hidden = true;
    panelWasOpen(true);
    if (!socket) {
      connect();
    }
    if (!conversationId) {
      showPicker();
    }
    if (restored !== true) {
      ui.textarea.focus();
    }
  }

  function closePanel() {
    ui.panel.hidden = true;
    ui.entry.hidden = false;
    panelWasOpen(false);
  }

  /**
   * The conversation ended: the visitor reads it, rates it, and starts a new one on purpose (the button), which
   * offers the group picker again; typing does not silently open a new chat.
   */
  function showEnded() {
    ui.composer.hidden = true;
    ui.emojis.hidden = true;
    ui.restart.hidden = !ui.leave.hidden;
  }

  function startNewChat() {
    ui.restart.hidden = true;
    ui.rating.hidden = true;
    state = null;
    chosenGroup = entryGroup ? Number(entryGroup) : null;
    ui.composer.hidden = false;
    showPicker();
    if (ui.composer.hidden === false) {
      ui.textarea.focus();
    }
  }

  function showPicker() {
    var p = config.settings.picker;
    var groups = config.skillGroups;
    if (config.noGroupForRegion) {
      ui.leave.setTitle(p.noRegionTitle); // S2 picker k: no group serves the visitor's region
      ui.leave.hidden = false;
      ui.composer.hidden = true;
      return;
    }
    if (!config.anyoneOnline) {
      ui.leave.setTitle(p.nobodyOnlineTitle);
      ui.leave.hidden = false;
      ui.composer.hidden = true;
      return;
    }
    if (!p.enabled || chosenGroup || groups.length === 0) {
      return;
    }
    ui.picker.textContent = '';
    ui.picker.appendChild(el('h3', { text: p.title || t('pick') }));
    groups.forEach(function (g) {
      ui.picker.appendChild(el('button', { class: 'group', type: 'button', 'data-group': String(g.id), onclick: function () {
        chosenGroup = g.id;
        ui.picker.hidden = true;
        ui.body.hidden = false;
        ui.composer.hidden = false;
        ui.textarea.focus();
      } }, [
        el('span', { text: g.name }),
        el('small', { text: g.agentsOnline > 0 ? g.agentsOnline + ' ' + t('online') : t('nobody') }),
        g.agents && g.agents.length ? el('div', { class: 'agents', text: g.agents.join('、') }) : null
      ]));
    });
    if (p.footer) {
      ui.picker.appendChild(el('div', { class: 'footer', text: p.footer }));
    }
    ui.picker.hidden = false;
    ui.body.hidden = true;
    ui.composer.hidden = true;
    refreshPickerLater();
  }

  /**
   * While the picker shows, who is online is read again every picker.refreshSeconds (site setting, at least 5 s), so
   * a group whose agent just signed in shows it without a reload.
   */
  var pickerTimer = null;
  function refreshPickerLater() {
    clearTimeout(pickerTimer);
    var every = Math.max(5, Number(config.settings.picker.refreshSeconds) || 30) * 1000;
    pickerTimer = setTimeout(function () {
      if (ui.picker.hidden || ui.panel.hidden) {
        return; // shown again by showPicker, which starts the next round
      }
      fetch(api + '/config?lang=' + lang, { credentials: 'omit' }).then(function (r) {
        return r.ok ? r.json() : null;
      }).then(function (c) {
        if (c) {
          config.skillGroups = c.skillGroups;
          config.anyoneOnline = c.anyoneOnline;
        }
      }).catch(function () { /* the next round tries again */ }).then(function () {
        if (!ui.picker.hidden && !ui.panel.hidden && config.anyoneOnline) {
          showPicker();
        } else {
          refreshPickerLater();
        }
      });
    }, every);
  }

  function setStatus(text) {
    ui.status.textContent = text || '';
    ui.status.hidden = !text;
  }

  // ---- socket ---------------------------------------------------------------------------------------------
  var connecting = false;

  function connect() {
    if (connecting) {
      return;
    }
    connecting = true;
    setStatus(socket ? t('reconnecting') : t('connecting'));
    // the page's first session may still be on its way; if it failed, currentPass opens another
    (sessionReady || Promise.resolve()).then(null, function () { return null; }).then(currentPass)
      .then(function (p) {
        connecting = false;
        openSocket(p);
      }, function (e) {
        connecting = false;
        if (e.status === 403 || e.status === 400 || e.status === 404) {
          setStatus(e.message); // refused (blacklist, bad signature): do not hammer the server
          return;
        }
        setStatus(t('reconnecting'));
        setTimeout(connect, reconnectDelay);
        reconnectDelay = Math.min(reconnectDelay * 2, 30000);
      });
  }

  function openSocket(p) {
    var url = socketUrl + '?site=' + encodeURIComponent(siteKey) + '&pass=' + encodeURIComponent(p) +
      '&lang=' + lang + '&after=' + lastSeq + (conversationId ? '&conversation=' + conversationId : '');
    socket = new WebSocket(url);
    greeted = false;
    refusal = null;
    socket.onopen = function () {
      socketOpen = true;
      reconnectDelay = 1000;
      pendingFrames.splice(0).forEach(function (f) {
        socket.send(f);
      });
    };
    socket.onmessage = function (e) {
      var frame;
      try {
        frame = JSON.parse(e.data);
      } catch (err) {
        return;
      }
      onFrame(frame);
    };
    socket.onclose = function (e) {
      socketOpen = false;
      if (e.code === 1008 && e.reason === 'pass') {
        // the pass is stale (another address: the visitor's network changed; expired): a new session gives a new
        // one, at once the first time, then with the usual back-off
        pass = null;
        if (!passRenewed) {
          passRenewed = true;
          connect();
          return;
        }
      } else if (e.code === 1008 || e.code === 1003) {
        setStatus(refusal || e.reason || 'refused');
        return; // refused (blacklist, unknown site): do not hammer the server
      }
      setStatus(t('reconnecting'));
      setTimeout(connect, reconnectDelay);
      reconnectDelay = Math.min(reconnectDelay * 2, 30000);
    };
  }

  function send(frame) {
    var text = JSON.stringify(frame);
    if (socketOpen) {
      socket.send(text);
    } else {
      pendingFrames.push(text);
      if (!socket && !connecting) {
        connect();
      }
    }
  }

  // the server closes a socket that sent nothing for its idle time (hello's idleSeconds): ping at a third of it
  var pingEvery = 20000, lastPing = Date.now();
  setInterval(function () {
    if (socketOpen && Date.now() - lastPing >= pingEvery) {
      lastPing = Date.now();
      socket.send('{"type":"ping"}');
    }
  }, 1000);

  function onFrame(f) {
    switch (f.type) {
      case 'hello':
        if (f.idleSeconds) {
          pingEvery = Math.max(5, Math.floor(f.idleSeconds / 3)) * 1000;
        }
        greeted = true;
        passRenewed = false;
        askedAfter = -1;
        setStatus('');
        if (!f.conversationId && conversationId) {
          conversationId = null; // the stored conversation is not this visitor's (a new identity): start afresh
          store('conversation', '');
          if (!ui.panel.hidden) {
            showPicker();
          }
        }
        if (f.conversationId) {
          rememberConversation(f.conversationId);
          state = f.endReason ? 'ENDED' : f.state;
          if (oldestShown === null) {
            oldestShown = f.conversationId;
            ui.earlier.hidden = !f.earlier;
          }
          if (f.agentName) {
            served = true;
          }
          if (f.state === 'QUEUED' && f.position) {
            showQueue(f.position, f.peopleAhead, f.waitSeconds);
          } else if (f.state === 'ASSIGNED' && f.agentName) {
            setStatus(t('serving', { agent: f.agentName }));
          }
          if (state === 'ENDED') {
            if (ui.restart.hidden && ui.rating.hidden && ui.leave.hidden) {
              setStatus(t('ended'));
              showEnded();
            }
          } else if (panelWasOpen() && ui.panel.hidden) {
            openPanel(true); // a live chat stays open across the site's pages
          }
        }
        (f.missed || []).forEach(onMessage);
        (f.recalled || []).forEach(function (seq) {
          markRecalled(f.conversationId, seq); // recalled while this page was away
        });
        if (f.more) {
          askMissed(); // away longer than one page
        }
        break;
      case 'history':
        onHistory(f);
        break;
      case 'missed':
        if (f.conversationId) {
          rememberConversation(f.conversationId);
        }
        (f.missed || []).forEach(onMessage);
        if (f.more) {
          askMissed();
        }
        break;
      case 'message':
        onMessage(f);
        break;
      case 'state':
        onState(f);
        break;
      case 'queue':
        if (f.conversationId === conversationId) {
          showQueue(f.position, f.peopleAhead, f.waitSeconds);
        }
        break;
      case 'recalled':
        markRecalled(f.conversationId, f.seq);
        break;
      case 'rated':
        ratedConversation = f.conversationId;
        ui.rating.hidden = true;
        addLine('system', t('rated'), null, 'rated');
        break;
      case 'messageLeft':
        ui.leave.hidden = true;
        addLine('system', t('left'), null, 'left');
        break;
      case 'error':
        if (!greeted) {
          refusal = f.code && TEXT['err_' + f.code] ? t('err_' + f.code) : f.message; // refused: see the close
        } else if (f.clientId && notSent(f.clientId, f.code ? t('err_' + f.code) : f.message)) {
          break;
        } else if (!ui.rating.hidden) {
          ui.rating.showError(errorText(f));
        } else if (!ui.leave.hidden) {
          ui.leave.showError(errorText(f));
        } else {
          addLine('system', errorText(f), null, 'error');
        }
        break;
      default:
        break;
    }
  }

  /**
   * The server sent one page of what this page missed and more follow: the next page, after the last line this page
   * has in order, until a page says nothing more. Only on the open socket: a new socket's hello starts over.
   */
  function askMissed() {
    if (!socketOpen || !conversationId || lastSeq <= askedAfter) {
      return;
    }
    askedAfter = lastSeq;
    socket.send(JSON.stringify({ type: 'catchUp', conversationId: conversationId, after: lastSeq }));
  }

  /**
   * A refusal in the visitor's language: by its reason (the server's finer kind, error frames' {@code reason}) when
   * the widget has a text for it, else by its kind where that says enough, else the server's message.
   */
  function errorText(f) {
    if (f.reason && TEXT['reason_' + f.reason]) {
      return t('reason_' + f.reason);
    }
    if (f.code && f.code !== 'invalid' && f.code !== 'conflict' && TEXT['err_' + f.code]) {
      return t('err_' + f.code);
    }
    return f.message;
  }

  function rememberConversation(id) {
    if (id !== conversationId) {
      conversationId = id;
      lastSeq = 0;
      askedAfter = -1;
      store('conversation', String(id));
    }
  }

  /** The server refused a line the visitor sent: it stays, marked as not sent, with the reason in their language. */
  function notSent(clientId, reason) {
    var line = ui.body.querySelector('[data-client="' + clientId + '"]');
    if (!line) {
      return false;
    }
    line.className = 'line visitor failed';
    line.removeAttribute('data-client');
    line.appendChild(el('div', { class: 'why', role: 'alert', text: t('notSent', { reason: reason }) }));
    ui.body.scrollTop = ui.body.scrollHeight;
    return true;
  }

  /** "Earlier messages": the conversation before the oldest one shown, a page at a time. */
  function askHistory() {
    if (!socketOpen || oldestShown === null) {
      return;
    }
    ui.earlier.disabled = true;
    socket.send(JSON.stringify({ type: 'history', before: oldestShown, after: historyAfter }));
  }

  /** A page of an earlier conversation: its lines go above everything shown, under a divider with its date. */
  function onHistory(f) {
    ui.earlier.disabled = false;
    if (f.before !== oldestShown) {
      return; // an answer to a question asked before another page arrived
    }
    if (!f.conversationId) {
      ui.earlier.hidden = true;
      return;
    }
    var keep = ui.body.scrollHeight - ui.body.scrollTop;
    var box = ui.body.querySelector('.history[data-conversation="' + f.conversationId + '"]');
    if (!box) {
      box = el('div', { class: 'history', 'data-conversation': String(f.conversationId) }, [
        el('div', { class: 'divider', text: '— ' + new Date(f.startedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') + ' —' })
      ]);
      ui.body.insertBefore(box, ui.earlier.nextSibling);
      if (!ui.body.querySelector('.history-end')) {
        box.parentNode.insertBefore(el('div', { class: 'divider history-end', text: '— ' + t('historyEnd') + ' —' }),
          box.nextSibling);
      }
    }
    (f.missed || []).forEach(function (m) {
      var line = lineOf(m);
      if (m.recalled || (f.recalled || []).indexOf(m.seq) >= 0) {
        recallLine(line);
      }
      box.appendChild(line);
      historyAfter = m.seq;
    });
    if (f.more) {
      ui.earlier.hidden = false;
    } else {
      oldestShown = f.conversationId;
      historyAfter = 0;
      ui.earlier.hidden = !f.earlier;
    }
    ui.body.scrollTop = ui.body.scrollHeight - keep;
    dropSiteWelcome(f.missed || []);
  }

  /** The window's welcome gives way to a human agent's welcome: a visitor never reads two. */
  function dropSiteWelcome(lines) {
    if (ui.welcome && lines.some(function (m) { return m.code === 'WELCOME'; })) {
      ui.welcome.parentNode.removeChild(ui.welcome);
      ui.welcome = null;
    }
  }

  function onMessage(m) {
    rememberConversation(m.conversationId);
    var key = m.conversationId + ':' + m.seq;
    if (seen[key]) {
      return;
    }
    seen[key] = true;
    if (m.seq > lastSeq) {
      while (seen[m.conversationId + ':' + (lastSeq + 1)]) {
        lastSeq++;
      }
    }
    if (m.clientMessageId) {
      var pending = ui.body.querySelector('[data-client="' + m.clientMessageId + '"]');
      if (pending) {
        pending.parentNode.removeChild(pending);
      }
    }
    var line = lineOf(m);
    ui.body.appendChild(line);
    placeInOrder(line, m.conversationId, m.seq);
    ui.body.scrollTop = ui.body.scrollHeight;
    if (m.recalled) {
      markRecalled(m.conversationId, m.seq);
    }
    dropSiteWelcome([m]);
  }

  function lineOf(m) {
    var who = m.sender === 'VISITOR' ? 'visitor' : m.sender === 'AGENT' ? 'agent' : m.sender === 'BOT' ? 'agent bot'
      : 'system';
    var line = makeLine(who, m.body, m.attachment, m.code, m.seq);
    line.setAttribute('data-conversation', String(m.conversationId));
    if (m.buttons && m.buttons.length) {
      line.querySelector('.bubble').appendChild(choices(m.buttons));
    }
    return line;
  }

  /** A flow menu's buttons under its line: a click sends the choice's label as the visitor's line. */
  function choices(buttons) {
    return el('div', { class: 'choices' }, buttons.map(function (b) {
      var label = String(b.label);
      return el('button', { type: 'button', class: 'choice', 'data-key': String(b.key), text: label,
        onclick: function () { sendLine(label); } });
    }));
  }

  /** A line that comes after later ones (a live line overtook a catch-up page) goes before them, not at the end. */
  function placeInOrder(line, conversation, seq) {
    if (seq > (shownUpTo[conversation] || 0)) {
      shownUpTo[conversation] = seq;
      return;
    }
    var lines = ui.body.querySelectorAll('.line[data-conversation="' + conversation + '"]');
    for (var i = 0; i < lines.length; i++) {
      if (Number(lines[i].getAttribute('data-seq')) > seq) {
        ui.body.insertBefore(line, lines[i]);
        return;
      }
    }
  }

  /** CH-10: the line stays in place, its content is replaced by a notice. */
  function markRecalled(conversation, seq) {
    var line = ui.body.querySelector('.line[data-conversation="' + conversation + '"][data-seq="' + seq + '"]');
    if (line) {
      recallLine(line);
    }
  }

  function recallLine(line) {
    if (line) {
      line.className = 'line system recalled';
      var bubble = line.querySelector('.bubble');
      bubble.textContent = t('recalled');
      var avatar = line.querySelector('img.avatar');
      if (avatar) {
        avatar.parentNode.removeChild(avatar);
      }
    }
  }

  function onState(f) {
    rememberConversation(f.conversationId);
    state = f.event === 'ENDED' ? 'ENDED' : f.state;
    if (f.event === 'QUEUED') {
      return; // the QUEUED message and queue frames say where the visitor is
    }
    if (f.event === 'RATING_INVITED') {
      if (ratedConversation !== f.conversationId) {
        ui.rating.hidden = false; // the agent asked for a rating now (AG-2); the chat goes on
      }
      return;
    }
    if (f.event === 'ASSIGNED' || f.event === 'TRANSFERRED') {
      served = true;
      setStatus(t('serving', { agent: f.agentName || '' }));
      if (f.byAgent) {
        agentStarted();
      }
      return;
    }
    if (f.event === 'ENDED') {
      setStatus(t('ended'));
      chosenGroup = entryGroup ? Number(entryGroup) : null;
      if (f.endReason === 'NOBODY_ONLINE' || f.endReason === 'OFF_HOURS') {
        ui.leave.setTitle(config.settings.picker.nobodyOnlineTitle);
        ui.leave.hidden = false;
        ui.composer.hidden = true;
      } else if (served && ratedConversation !== f.conversationId) {
        ui.rating.hidden = false;
      }
      served = false;
      showEnded();
    }
  }

  /**
   * An agent started a chat with the visitor, who was only browsing (S3 §2.2 主动发起会话): the chat is shown, ready to
   * answer (no picker, no earlier chat's rating or restart button), and the panel opens without taking the host
   * page's focus. Assignments the visitor asked for change only the status line.
   */
  function agentStarted() {
    ui.picker.hidden = true;
    ui.restart.hidden = true;
    ui.rating.hidden = true;
    ui.leave.hidden = true;
    ui.body.hidden = false;
    ui.composer.hidden = false;
    if (ui.panel.hidden) {
      openPanel(true);
    }
  }

  // the queue line, with the predicted wait when the server has one (rounded up to whole minutes)
  function showQueue(position, peopleAhead, waitSeconds) {
    var text = t('queued', { index: position, num: peopleAhead });
    if (typeof waitSeconds === 'number') {
      text += waitSeconds < 60 ? t('queuedSoon', {}) : t('queuedWait', { minutes: Math.ceil(waitSeconds / 60) });
    }
    setStatus(text);
  }

  function addLine(who, text, attachment, code, seq) {
    var line = makeLine(who, text, attachment, code, seq);
    ui.body.appendChild(line);
    ui.body.scrollTop = ui.body.scrollHeight;
    return line;
  }

  /** An image that loads after its line was placed makes the transcript taller: a reader at the end stays there. */
  function keepBottom(e) {
    var below = ui.body.scrollHeight - ui.body.scrollTop - ui.body.clientHeight;
    if (below <= e.target.offsetHeight + 40) {
      ui.body.scrollTop = ui.body.scrollHeight;
    }
  }

  function makeLine(who, text, attachment, code, seq) {
    var bubble = el('div', { class: 'bubble' });
    if (attachment) {
      var url = api + '/files/' + encodeURIComponent(attachment.id);
      if (attachment.image) {
        bubble.appendChild(el('a', { href: url, target: '_blank', rel: 'noopener' }, [
          el('img', { class: 'picture', src: url, alt: attachment.fileName, onload: keepBottom })
        ]));
      } else {
        bubble.appendChild(el('a', { href: url, target: '_blank', rel: 'noopener', text: '📄 ' + attachment.fileName }));
      }
    } else {
      bubble.textContent = text;
    }
    var line = el('div', { class: 'line ' + who }, [
      who === 'agent' && config.settings.window.agentAvatarUrl
        ? el('img', { class: 'avatar', src: config.settings.window.agentAvatarUrl, alt: '' }) : null,
      bubble
    ]);
    if (code) {
      line.setAttribute('data-code', code);
    }
    if (seq) {
      line.setAttribute('data-seq', String(seq));
    }
    return line;
  }

  // ---- sending --------------------------------------------------------------------------------------------
  function beforeSend() {
    if (state === 'ENDED') {
      state = null;
      ui.rating.hidden = true;
    }
  }

  function sendText() {
    var text = ui.textarea.value.trim();
    if (!text) {
      return;
    }
    ui.textarea.value = '';
    sendLine(text);
  }

  function sendLine(text) {
    beforeSend();
    var clientId = randomId('c_');
    var line = addLine('visitor', text);
    line.className += ' pending';
    line.setAttribute('data-client', clientId);
    var frame = { type: 'send', clientId: clientId, text: text };
    if (chosenGroup) {
      frame.skillGroupId = chosenGroup;
    }
    if (entryKey) {
      frame.entry = entryKey.slice(0, 100);
    }
    send(frame);
    lastTyping = '';
  }

  function upload(file) {
    if (file.size > config.maxUploadBytes) {
      addLine('system', t('uploadFailed', { reason: t('tooLarge') }), null, 'error');
      return;
    }
    beforeSend();
    var progress = addLine('system', t('uploading', { name: file.name }), null, 'uploading');
    withPass(function (p) {
      return fetch(api + '/files?pass=' + encodeURIComponent(p), {
        method: 'POST', credentials: 'omit', body: file,
        headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) }
      });
    }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          throw new Error(body.detail || ('HTTP ' + r.status));
        }
        return body;
      });
    }).then(function (stored) {
      progress.parentNode.removeChild(progress);
      var clientId = randomId('c_');
      var frame = { type: 'send', clientId: clientId, text: stored.fileName, attachmentId: stored.id };
      if (chosenGroup) {
        frame.skillGroupId = chosenGroup;
      }
      if (entryKey) {
        frame.entry = entryKey.slice(0, 100);
      }
      send(frame);
    }).catch(function (e) {
      progress.querySelector('.bubble').textContent = t('uploadFailed', { reason: e.message });
    });
  }

  /** CH-9: the draft goes to the agent, at most about once a second. */
  function onTyping() {
    if (typingTimer || state !== 'ASSIGNED') {
      return;
    }
    typingTimer = setTimeout(function () {
      typingTimer = null;
      var draft = ui.textarea.value;
      if (draft !== lastTyping) {
        lastTyping = draft;
        send({ type: 'typing', text: draft.substring(0, 1000) });
      }
    }, 800);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
