/*
 * Switchboard flow designer (FL-1): a Drawflow canvas for a flow graph. The graph travels to and from the server as the
 * JSON of FlowGraph in a hidden input ({nodes: [...], edges: [{from, port, to}]}); each Drawflow node keeps its flow
 * node's fields in its data and one output per exit ("port"). Texts come from the page (window.sbFlowTexts), the skill
 * groups and bots to choose from from window.sbFlowChoices.
 */
(function () {
    'use strict';

    /** The fixed exits of each kind; a menu's options and a condition's branches come before them. */
    var KINDS = {
        START: ['next'], MESSAGE: ['next'], MENU: ['failed', 'timeout'], CONDITION: ['default'],
        COLLECT: ['next', 'failed', 'timeout'], HTTP: ['next', 'failed'], SERVICE_TIME: ['open', 'closed'],
        TRANSFER: ['failed'], BOT: ['next'], SATISFACTION: ['next', 'timeout'], END: []
    };
    var SUBJECTS = ['VARIABLE', 'CHANNEL', 'TAG', 'TIME', 'WEEKDAY'];
    var OPS = ['EQUALS', 'NOT_EQUALS', 'CONTAINS', 'GREATER_THAN', 'LESS_THAN', 'PRESENT', 'ABSENT', 'BETWEEN', 'IN'];
    var INPUTS = ['TEXT', 'DIGITS', 'PHONE', 'EMAIL', 'PATTERN'];

    var editor = null;
    var selected = null;

    function t(key) {
        var texts = window.sbFlowTexts || {};
        return texts[key] || key;
    }

    function esc(s) {
        return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
            return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
        });
    }

    function portsOf(data) {
        var dynamic = [];
        if (data.kind === 'MENU') {
            dynamic = (data.options || []).map(function (o) { return o.key; });
        } else if (data.kind === 'CONDITION') {
            dynamic = (data.branches || []).map(function (b) { return b.port; });
        }
        return dynamic.concat(KINDS[data.kind] || []);
    }

    function summary(data) {
        var s = data.label || data.text || data.url || '';
        if (data.kind === 'TRANSFER' && data.skillGroupId != null) {
            s = s || nameOf('groups', data.skillGroupId);
        }
        if (data.kind === 'BOT' && data.botId != null) {
            s = s || nameOf('bots', data.botId);
        }
        return s.length > 40 ? s.substring(0, 40) + '…' : s;
    }

    function nameOf(list, id) {
        var found = ((window.sbFlowChoices || {})[list] || []).filter(function (x) { return x.id === id; })[0];
        return found ? found.name : String(id);
    }

    function html(data) {
        return '<div class="sb-node sb-node-' + data.kind.toLowerCase() + '" data-node="' + esc(data.id) + '">'
            + '<div class="sb-node-kind">' + esc(t('kind.' + data.kind)) + ' <span class="sb-node-id">' + esc(data.id) + '</span></div>'
            + '<div class="sb-node-summary">' + esc(summary(data)) + '</div>'
            + '<ul class="sb-node-ports">' + portsOf(data).map(function (p) {
                return '<li>' + esc(t('port.' + p) === 'port.' + p ? p : t('port.' + p)) + '</li>';
            }).join('') + '</ul></div>';
    }

    function fresh(kind) {
        var used = {};
        Object.values(editor.drawflow.drawflow.Home.data).forEach(function (n) { used[n.data.id] = true; });
        var base = kind === 'START' ? 'start' : kind.toLowerCase().replace('_', '-');
        var id = base;
        for (var i = 2; used[id]; i++) {
            id = base + '-' + i;
        }
        var data = {id: id, kind: kind};
        if (kind === 'MENU') {
            data.text = t('default.menuText');
            data.options = [{key: '1', label: t('default.option')}];
        } else if (kind === 'CONDITION') {
            data.branches = [{port: 'yes', label: '', checks: [{subject: 'VARIABLE', name: '', op: 'EQUALS', value: ''}]}];
        } else if (kind === 'COLLECT') {
            data.input = 'TEXT';
            data.variable = '';
        } else if (kind === 'MESSAGE' || kind === 'SATISFACTION') {
            data.text = '';
        }
        return data;
    }

    function add(data, x, y) {
        var ports = portsOf(data).length;
        return editor.addNode(data.kind, data.kind === 'START' ? 0 : 1, ports, x, y, 'sb-flow-node', data, html(data));
    }

    function dfNode(id) {
        return editor.getNodeFromId(id);
    }

    function byFlowId(flowId) {
        var all = editor.drawflow.drawflow.Home.data;
        for (var k in all) {
            if (all[k].data.id === flowId) {
                return all[k];
            }
        }
        return null;
    }

    /** Draws a graph (FlowGraph JSON) on an empty canvas. */
    function load(graph) {
        editor.clear();
        selected = null;
        renderForm();
        var ids = {};
        (graph.nodes || []).forEach(function (n, i) {
            var data = JSON.parse(JSON.stringify(n));
            delete data.x;
            delete data.y;
            ids[n.id] = add(data, n.x != null ? n.x : 40 + (i % 4) * 260, n.y != null ? n.y : 40 + Math.floor(i / 4) * 170);
        });
        (graph.edges || []).forEach(function (e) {
            var from = ids[e.from], to = ids[e.to];
            if (from == null || to == null) {
                return;
            }
            var index = portsOf(dfNode(from).data).indexOf(e.port);
            if (index >= 0) {
                editor.addConnection(from, to, 'output_' + (index + 1), 'input_1');
            }
        });
    }

    /** The canvas as FlowGraph JSON. */
    function graph() {
        var nodes = [], edges = [];
        var all = editor.drawflow.drawflow.Home.data;
        Object.keys(all).forEach(function (k) {
            var n = all[k];
            var node = JSON.parse(JSON.stringify(n.data));
            node.x = Math.round(n.pos_x);
            node.y = Math.round(n.pos_y);
            nodes.push(node);
            var ports = portsOf(n.data);
            Object.keys(n.outputs).forEach(function (out) {
                var port = ports[parseInt(out.substring('output_'.length), 10) - 1];
                n.outputs[out].connections.forEach(function (c) {
                    edges.push({from: n.data.id, port: port, to: all[c.node].data.id});
                });
            });
        });
        return {nodes: nodes, edges: edges};
    }

    /** Redraws a node whose exits changed, keeping the edges of the exits it still has. */
    function rebuild(id, data) {
        var old = dfNode(id);
        var oldPorts = portsOf(old.data);
        var outgoing = [], incoming = [];
        Object.keys(old.outputs).forEach(function (out) {
            var port = oldPorts[parseInt(out.substring(7), 10) - 1];
            old.outputs[out].connections.forEach(function (c) { outgoing.push({port: port, to: c.node}); });
        });
        Object.keys(old.inputs).forEach(function (inp) {
            old.inputs[inp].connections.forEach(function (c) { incoming.push({from: c.node, output: c.input}); });
        });
        var x = old.pos_x, y = old.pos_y;
        editor.removeNodeId('node-' + id);
        var made = add(data, x, y);
        var ports = portsOf(data);
        outgoing.forEach(function (e) {
            var index = ports.indexOf(e.port);
            if (index >= 0) {
                editor.addConnection(made, e.to, 'output_' + (index + 1), 'input_1');
            }
        });
        incoming.forEach(function (e) { editor.addConnection(e.from, made, e.output, 'input_1'); });
        return made;
    }

    // ---- the form of the selected node

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

    function renderForm() {
        var box = document.getElementById('sb-flow-form');
        if (!box) {
            return;
        }
        if (selected == null || !dfNode(selected)) {
            box.innerHTML = '<p class="sb-help">' + esc(t('form.none')) + '</p>';
            return;
        }
        var d = dfNode(selected).data;
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
        box.innerHTML = '<h3>' + esc(t('kind.' + d.kind)) + '</h3><div class="sb-flow-fields">' + f.join('') + '</div>' + branches
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

    function apply() {
        var box = document.getElementById('sb-flow-form');
        var node = dfNode(selected);
        var data = read(box, node.data);
        if (!data.id) {
            data.id = node.data.id;
        }
        if (portsOf(data).join('|') !== portsOf(node.data).join('|')) {
            selected = rebuild(selected, data);
        } else {
            editor.updateNodeDataFromId(selected, data);
            var content = document.querySelector('#node-' + selected + ' .drawflow_content_node');
            if (content) {
                content.innerHTML = html(data);
            }
        }
        changed();
        renderForm();
    }

    function onFormClick(ev) {
        var act = ev.target.getAttribute && ev.target.getAttribute('data-act');
        if (!act || selected == null) {
            return;
        }
        var box = document.getElementById('sb-flow-form');
        var node = dfNode(selected);
        if (act === 'apply') {
            apply();
            return;
        }
        if (act === 'remove') {
            if (window.confirm(t('form.deleteConfirm'))) {
                editor.removeNodeId('node-' + selected);
                selected = null;
                changed();
                renderForm();
            }
            return;
        }
        // branch editing: take what is typed, change the list, show it again (applied with "apply")
        var data = read(box, node.data);
        var fs = ev.target.closest('.sb-branch');
        var bi = fs ? parseInt(fs.getAttribute('data-branch'), 10) : -1;
        if (act === 'add-branch') {
            data.branches.push({port: 'b' + (data.branches.length + 1), label: null,
                checks: [{subject: 'VARIABLE', name: '', op: 'EQUALS', value: ''}]});
        } else if (act === 'drop-branch') {
            data.branches.splice(bi, 1);
        } else if (act === 'add-check') {
            data.branches[bi].checks.push({subject: 'VARIABLE', name: '', op: 'EQUALS', value: ''});
        } else if (act === 'drop-check') {
            data.branches[bi].checks.splice(parseInt(ev.target.closest('.sb-check').getAttribute('data-check'), 10), 1);
        }
        editor.updateNodeDataFromId(selected, Object.assign({}, node.data, {branches: data.branches}));
        node.data.branches = data.branches;
        renderForm();
    }

    /** Every hidden input that carries the graph to the server (the designer's form and the trial's). */
    function store() {
        var json = JSON.stringify(graph());
        document.querySelectorAll('[data-flow-graph]').forEach(function (h) { h.value = json; });
    }

    function changed() {
        store();
        var dirty = document.getElementById('sb-flow-dirty');
        if (dirty) {
            dirty.textContent = t('unsaved');
        }
    }

    /** Marks the nodes the server named in its problems (and clears the others). */
    function mark(nodeIds) {
        document.querySelectorAll('.sb-node-problem').forEach(function (el) { el.classList.remove('sb-node-problem'); });
        (nodeIds || []).forEach(function (id) {
            var n = byFlowId(id);
            var el = n && document.getElementById('node-' + n.id);
            if (el) {
                el.classList.add('sb-node-problem');
            }
        });
    }

    function focus(flowNodeId) {
        var n = byFlowId(flowNodeId);
        if (!n) {
            return;
        }
        var el = document.getElementById('node-' + n.id);
        if (el) {
            el.dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));
            el.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            el.scrollIntoView({block: 'center', inline: 'center'});
        }
        selected = n.id;
        renderForm();
    }

    function init() {
        var canvas = document.getElementById('sb-flow-canvas');
        if (!canvas || typeof Drawflow === 'undefined') {
            return;
        }
        editor = new Drawflow(canvas);
        editor.reroute = false;
        editor.start();
        var hidden = document.querySelector('[data-flow-graph]');
        load(JSON.parse(hidden && hidden.value ? hidden.value : '{"nodes":[],"edges":[]}'));
        store();
        editor.on('nodeSelected', function (id) { selected = id; renderForm(); });
        editor.on('nodeUnselected', function () { selected = null; renderForm(); });
        ['nodeMoved', 'connectionCreated', 'connectionRemoved', 'nodeRemoved'].forEach(function (e) { editor.on(e, changed); });
        editor.on('connectionCreated', function (c) {
            // one edge per exit: a new edge from an exit replaces the older one
            var out = dfNode(c.output_id).outputs[c.output_class].connections;
            out.filter(function (x) { return String(x.node) !== String(c.input_id); }).forEach(function (x) {
                editor.removeSingleConnection(c.output_id, x.node, c.output_class, x.output);
            });
        });
        document.getElementById('sb-flow-form').addEventListener('click', onFormClick);
        document.querySelectorAll('[data-add-kind]').forEach(function (b) {
            b.addEventListener('click', function () {
                var kind = b.getAttribute('data-add-kind');
                var rect = canvas.getBoundingClientRect();
                var zoom = editor.zoom || 1;
                var x = (rect.width / 2 - editor.canvas_x) / zoom - 100 + Math.random() * 60;
                var y = (rect.height / 2 - editor.canvas_y) / zoom - 60 + Math.random() * 60;
                selected = add(fresh(kind), x, y);
                changed();
                renderForm();
            });
            b.setAttribute('draggable', 'true');
            b.addEventListener('dragstart', function (ev) { ev.dataTransfer.setData('text/plain', b.getAttribute('data-add-kind')); });
        });
        canvas.addEventListener('dragover', function (ev) { ev.preventDefault(); });
        canvas.addEventListener('drop', function (ev) {
            ev.preventDefault();
            var kind = ev.dataTransfer.getData('text/plain');
            if (!KINDS[kind]) {
                return;
            }
            var rect = editor.precanvas.getBoundingClientRect();
            var zoom = editor.zoom || 1;
            selected = add(fresh(kind), (ev.clientX - rect.left) / zoom, (ev.clientY - rect.top) / zoom);
            changed();
            renderForm();
        });
        var dirty = document.getElementById('sb-flow-dirty');
        if (dirty) {
            dirty.textContent = '';
        }
    }

    window.sbFlow = {
        init: init,
        /** Puts the canvas into the hidden input (before a save, a check, a publish or an export). */
        serialize: function () {
            if (editor) {
                store();
            }
            return true;
        },
        /** Draws the graph now in the hidden input (after the server loaded a version into the draft). */
        reload: function () {
            var hidden = document.querySelector('[data-flow-graph]');
            if (hidden && editor) {
                load(JSON.parse(hidden.value || '{"nodes":[],"edges":[]}'));
                store();
            }
        },
        saved: function () {
            var dirty = document.getElementById('sb-flow-dirty');
            if (dirty) {
                dirty.textContent = '';
            }
        },
        mark: mark,
        focus: focus,
        zoomIn: function () { editor.zoom_in(); },
        zoomOut: function () { editor.zoom_out(); },
        zoomReset: function () { editor.zoom_reset(); },
        graph: function () { return graph(); }
    };
    document.addEventListener('DOMContentLoaded', init);
})();
