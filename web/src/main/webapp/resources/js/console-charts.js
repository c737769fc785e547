// The console's charts: one saved as a PNG image (the canvas Chart.js drew, on a white background).
function sbChartImage(widget, name) {
    var canvas = PF(widget).jq.find('canvas')[0];
    var copy = document.createElement('canvas');
    copy.width = canvas.width; copy.height = canvas.height;
    var g = copy.getContext('2d');
    g.fillStyle = '#fff'; g.fillRect(0, 0, copy.width, copy.height); g.drawImage(canvas, 0, 0);
    var a = document.createElement('a');
    a.href = copy.toDataURL('image/png'); a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
}
