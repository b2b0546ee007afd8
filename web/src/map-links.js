// The concept map's links at the concepts level, drawn on a 2D canvas of their own under
// sigma's nodes, a few hundred per frame, in the order given (strongest first).
//
// Why not sigma's edges: every sigma frame draws every edge again, and without a GPU
// (Chromium's --disable-gpu, a virtual machine) the page waits for the software GPU at
// the end of the frame: an open theme's 5,000 links, most of them crossing the screen,
// held the page for 0.5 to 0.9 s a frame. A canvas keeps what is drawn on it, so the
// links are added over a few frames: the strongest first, at once, the rest within a
// fraction of a second, and the page answers in between. A move of the camera starts
// again from the strongest.

/** Links drawn per frame: about 30 ms of a software rasterizer's time on two cores. */
const LINKS_PER_FRAME = 700;
const MIN_WIDTH = 0.75; // px
const MAX_WIDTH = 3;

/**
 * A link layer over `renderer` (sigma), below its nodes. `show(links)` sets what it draws:
 * `[{ source, target, size, color }]`, node keys of the renderer's graph, `size` in the
 * graph's size units (as sigma's edges), in drawing order. The layer draws again whenever
 * sigma renders with another camera, size or list of links. `container.dataset.linksDrawn`
 * counts the links on the canvas, `linksPending` those still to come.
 */
export function createLinkLayer(renderer, container) {
  const canvas = renderer.createCanvas('links', {
    afterLayer: 'edges',
    style: { top: '0', left: '0', pointerEvents: 'none' },
  });
  canvas.setAttribute('aria-hidden', 'true');
  const context = canvas.getContext('2d');
  let links = [];
  let drawnFor = null; // what the canvas shows: the camera, size and list it was drawn for
  let frame = null;
  let next = 0; // index of the next link to draw
  let ends = null; // viewport coordinates of every link's ends, as [x1, y1, x2, y2] * n
  let widthScale = 1;

  function state() {
    const { x, y, ratio, angle } = renderer.getCamera().getState();
    const { width, height } = renderer.getDimensions();
    return { x, y, ratio, angle, width, height, pixelRatio: window.devicePixelRatio || 1, links };
  }

  function same(a, b) {
    return a !== null && Object.keys(a).every((key) => a[key] === b[key]);
  }

  function report() {
    container.dataset.linksDrawn = String(next);
    container.dataset.linksPending = String(links.length - next);
  }

  function restart(now) {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    drawnFor = now;
    const { width, height, pixelRatio } = now;
    if (canvas.width !== Math.round(width * pixelRatio)) canvas.width = width * pixelRatio;
    if (canvas.height !== Math.round(height * pixelRatio)) canvas.height = height * pixelRatio;
    Object.assign(canvas.style, { width: `${width}px`, height: `${height}px` });
    context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    context.clearRect(0, 0, width, height);
    context.lineCap = 'round';
    // the framed graph → viewport map is affine: three points give it
    const origin = renderer.framedGraphToViewport({ x: 0, y: 0 });
    const alongX = renderer.framedGraphToViewport({ x: 1, y: 0 });
    const alongY = renderer.framedGraphToViewport({ x: 0, y: 1 });
    const [ax, ay] = [alongX.x - origin.x, alongX.y - origin.y];
    const [bx, by] = [alongY.x - origin.x, alongY.y - origin.y];
    ends = new Float64Array(links.length * 4).fill(NaN); // a path ignores NaN: not drawn
    links.forEach((link, k) => {
      const source = renderer.getNodeDisplayData(link.source);
      const target = renderer.getNodeDisplayData(link.target);
      if (!source || !target) return;
      ends[4 * k] = origin.x + ax * source.x + bx * source.y;
      ends[4 * k + 1] = origin.y + ay * source.x + by * source.y;
      ends[4 * k + 2] = origin.x + ax * target.x + bx * target.y;
      ends[4 * k + 3] = origin.y + ay * target.x + by * target.y;
    });
    widthScale = renderer.scaleSize(1);
    next = 0;
    drawSome();
  }

  function drawSome() {
    frame = null;
    const stop = Math.min(links.length, next + LINKS_PER_FRAME);
    for (; next < stop; next += 1) {
      const link = links[next];
      const k = 4 * next;
      context.beginPath();
      context.moveTo(ends[k], ends[k + 1]);
      context.lineTo(ends[k + 2], ends[k + 3]);
      context.strokeStyle = link.color;
      context.lineWidth = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, link.size * widthScale));
      context.stroke();
    }
    report();
    if (next < links.length) frame = requestAnimationFrame(drawSome);
  }

  renderer.on('afterRender', () => {
    const now = state();
    if (!same(drawnFor, now)) restart(now);
  });

  return {
    /** Draw these links from the next render on (sigma's refresh draws it). */
    show(list) {
      links = list;
      report();
    },
  };
}
