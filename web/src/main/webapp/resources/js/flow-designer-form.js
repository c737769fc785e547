/*
 * The node form of the flow designer (flow-designer.js): the fields of a node's kind as HTML, and the node's data read
 * back from them. Also the texts (window.sbFlowTexts) and the choices (window.sbFlowChoices) both scripts use.
 */
(function () {
    'use strict';

    var SUBJECTS = ['VARIABLE', 'CHANNEL', 'TAG', 'TIME', 'WEEKDAY'];
    var OPS = ['EQUALS', 'NOT_EQUALS', 'CONTAINS', 'GREATER_THAN', 'LESS_THAN', 'PRESENT', 'ABSENT', 'BETWEEN', 'IN'];
    var INPUTS = ['TEXT', 'DIGITS', 'PHONE', 'EMAIL', 'PATTERN'];

    function t(key) {
        var texts = window.sbFlowTexts || {};
        return texts[key] || key;
    }

    function esc(s) {
        return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
            return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
        });
    }


    function nameOf(list, id) {
        var found = ((window.sbFlowChoices || {})[list] || []).filter(function (x) { return x.id === id; })[0];
        return found ? found.name : String(id);
    }

    function field(name, value, kind, attrs) {
        var id = 'sb-f-' + name;
        var label = '<label for="' + id + '">' + esc(t('field.' + name)) + '</label>';
        if (kind === 'textarea') {
            return label + '<textarea id="' + id + '" data-field="' + name + '" rows="3">' + esc(value) + '</textarea>';
        }
        if (kind === 'select') {
            return label + '<select id="' + id + '" data-field="' + name + '">' + attrs.map(function (o) {
                return '<option value="' + esc(o.value) + '"' + (String(o.value) === String(value == null ? '' : value) ? ' selected' : '')
                    + '>' + esc(o.label) + '</option>';
            }).join('') + '</select>';
        }
        return label + '<input id="' + id + '" data-field="' + name + '" type="' + (kind || 'text') + '" value="' + esc(value) + '"/>';
    }

    function lines(list, fn) {
        return (list || []).map(fn).join('\n');
    }

    function choiceList(list, withEmpty) {
        var items = ((window.sbFlowChoices || {})[list] || []).map(function (x) { return {value: x.id, label: x.name}; });
        return withEmpty ? [{value: '', label: '—'}].concat(items) : items;
    }

    /** The form of a node: its fields by kind, a condition's branches, the help, apply and delete. */
    function html(d) {
        var f = [field('id', d.id), field('label', d.label)];
        var waits = ['MENU', 'COLLECT', 'SATISFACTION'].indexOf(d.kind) >= 0;
        if (['MESSAGE', 'MENU', 'COLLECT', 'SATISFACTION', 'END'].indexOf(d.kind) >= 0) {
            f.push(field('text', d.text, 'textarea'));
        }
        if (d.kind === 'MESSAGE') {
            f.push(field('imageUrl', d.imageUrl));
        }
        if (d.kind === 'MENU') {
            f.push(field('options', lines(d.options, function (o) { return o.key + '=' + o.label; }), 'textarea'));
        }
        if (d.kind === 'COLLECT' || d.kind === 'SATISFACTION') {
            f.push(field('variable', d.variable));
        }
        if (d.kind === 'COLLECT') {
            f.push(field('input', d.input, 'select', INPUTS.map(function (k) { return {value: k, label: t('input.' + k)}; })));
            f.push(field('pattern', d.pattern));
        }
        if (d.kind === 'MENU' || d.kind === 'COLLECT') {
            f.push(field('invalidText', d.invalidText), field('maxErrors', d.maxErrors, 'number'));
        }
        if (waits) {
            f.push(field('timeoutText', d.timeoutText));
        }
        if (waits || d.kind === 'HTTP' || d.kind === 'BOT') {
            f.push(field('timeoutSeconds', d.timeoutSeconds, 'number'));
        }
        if (d.kind === 'HTTP') {
            f.push(field('url', d.url), field('body', lines(Object.keys(d.body || {}), function (k) { return k + '=' + d.body[k]; }), 'textarea'),
                field('outputs', lines(d.outputs, function (o) {
                    return o.variable + '=' + o.path + (o.defaultValue != null && o.defaultValue !== '' ? '|' + o.defaultValue : '');
                }), 'textarea'), field('retries', d.retries, 'number'));
        }
        if (d.kind === 'TRANSFER') {
            f.push(field('skillGroupId', d.skillGroupId, 'select', choiceList('groups', true)), field('failedText', d.failedText));
        }
        if (d.kind === 'BOT') {
            f.push(field('botId', d.botId, 'select', choiceList('bots', true)));
        }
        var branches = '';
        if (d.kind === 'CONDITION') {
            branches = '<div class="sb-branches"><label>' + esc(t('field.branches')) + '</label>' + (d.branches || []).map(function (b, bi) {
                return '<fieldset class="sb-branch" data-branch="' + bi + '">'
                    + '<input data-b="port" value="' + esc(b.port) + '" placeholder="' + esc(t('field.port')) + '" size="8"/>'
                    + '<input data-b="label" value="' + esc(b.label) + '" placeholder="' + esc(t('field.label')) + '" size="12"/>'
                    + '<button type="button" data-act="drop-branch" title="' + esc(t('form.remove')) + '">✕</button>'
                    + (b.checks || []).map(function (c, ci) {
                        return '<div class="sb-check" data-check="' + ci + '">'
                            + '<select data-c="subject">' + SUBJECTS.map(function (s) {
                                return '<option value="' + s + '"' + (s === c.subject ? ' selected' : '') + '>' + esc(t('subject.' + s)) + '</option>';
                            }).join('') + '</select>'
                            + '<input data-c="name" value="' + esc(c.name) + '" placeholder="' + esc(t('field.variable')) + '" size="8"/>'
                            + '<select data-c="op">' + OPS.map(function (o) {
                                return '<option value="' + o + '"' + (o === c.op ? ' selected' : '') + '>' + esc(t('op.' + o)) + '</option>';
                            }).join('') + '</select>'
                            + '<input data-c="value" value="' + esc(c.value) + '" size="10"/>'
                            + '<button type="button" data-act="drop-check" title="' + esc(t('form.remove')) + '">✕</button></div>';
                    }).join('')
                    + '<button type="button" data-act="add-check">' + esc(t('form.addCheck')) + '</button></fieldset>';
            }).join('') + '<button type="button" data-act="add-branch">' + esc(t('form.addBranch')) + '</button></div>';
        }
        return '<h3>' + esc(t('kind.' + d.kind)) + '</h3><div class="sb-flow-fields">' + f.join('') + '</div>' + branches
            + '<p class="sb-help">' + esc(t('help.' + d.kind)) + '</p>'
            + '<div class="sb-flow-form-actions"><button type="button" id="sb-flow-apply" class="sb-flow-btn" data-act="apply">' + esc(t('form.apply')) + '</button>'
            + (d.kind === 'START' ? '' : '<button type="button" id="sb-flow-remove" class="sb-flow-btn sb-danger" data-act="remove">' + esc(t('form.delete')) + '</button>')
            + '</div>';
    }

    function read(box, d) {
        var data = JSON.parse(JSON.stringify(d));
        box.querySelectorAll('[data-field]').forEach(function (el) {
            var name = el.getAttribute('data-field');
            var v = el.value;
            if (name === 'options') {
                data.options = v.split('\n').map(function (l) { return l.trim(); }).filter(Boolean).map(function (l) {
                    var i = l.indexOf('=');
                    return i < 0 ? {key: l, label: l} : {key: l.substring(0, i).trim(), label: l.substring(i + 1).trim()};
                });
            } else if (name === 'body') {
                data.body = {};
                v.split('\n').map(function (l) { return l.trim(); }).filter(Boolean).forEach(function (l) {
                    var i = l.indexOf('=');
                    data.body[i < 0 ? l : l.substring(0, i).trim()] = i < 0 ? '' : l.substring(i + 1).trim();
                });
            } else if (name === 'outputs') {
                data.outputs = v.split('\n').map(function (l) { return l.trim(); }).filter(Boolean).map(function (l) {
                    var i = l.indexOf('='), rest = i < 0 ? '' : l.substring(i + 1), bar = rest.indexOf('|');
                    return {variable: i < 0 ? l : l.substring(0, i).trim(), path: (bar < 0 ? rest : rest.substring(0, bar)).trim(),
                        defaultValue: bar < 0 ? null : rest.substring(bar + 1).trim()};
                });
            } else if (['maxErrors', 'timeoutSeconds', 'retries', 'skillGroupId', 'botId'].indexOf(name) >= 0) {
                data[name] = v === '' ? null : Number(v);
            } else {
                data[name] = v === '' ? null : v;
            }
        });
        if (data.kind === 'CONDITION') {
            data.branches = readBranches(box);
        }
        return data;
    }

    function readBranches(box) {
        return Array.prototype.map.call(box.querySelectorAll('.sb-branch'), function (fs) {
            return {
                port: fs.querySelector('[data-b=port]').value.trim(),
                label: fs.querySelector('[data-b=label]').value.trim() || null,
                checks: Array.prototype.map.call(fs.querySelectorAll('.sb-check'), function (c) {
                    return {subject: c.querySelector('[data-c=subject]').value, name: c.querySelector('[data-c=name]').value.trim() || null,
                        op: c.querySelector('[data-c=op]').value, value: c.querySelector('[data-c=value]').value.trim() || null};
                })
            };
        });
    }

    window.sbFlowForm = {t: t, esc: esc, nameOf: nameOf, html: html, read: read};
})();
