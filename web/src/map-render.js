// How the concept map is drawn: sigma.js (WebGL) with one node program that draws a
// circle (concept) or a diamond (model) filled with a theme's marker (solid, ring or
// dot in a ring, see palette.js), and labels with a white halo: below a concept, and
// inside (overview) or above (concepts level) a theme's disc.
import Sigma from 'sigma';
import { NodeProgram } from 'sigma/rendering';
import { floatColor } from 'sigma/utils';

const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute vec2 a_style;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying vec2 v_style;

const float bias = 255.0 / 254.0;

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = size / 2.0;
  v_style = a_style;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

// a_style.x: 0 circle, 1 diamond; a_style.y: 0 solid, 1 ring, 2 dot in a ring
const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying vec2 v_style;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  float feather = u_correctionRatio * 2.0;
  vec2 d = v_diffVector;
  float reach = v_style.x > 0.5 ? abs(d.x) + abs(d.y) : length(d);
  float dist = reach - v_radius + feather;
  #ifdef PICKING_MODE
  gl_FragColor = dist > feather ? transparent : v_color;
  #else
  vec4 inside = v_color;
  vec4 blank = vec4(1.0, 1.0, 1.0, v_color.a);
  float r = reach / v_radius;
  if (v_style.y > 0.5 && v_style.y < 1.5 && r < 0.5) inside = blank;
  if (v_style.y > 1.5 && r > 0.3 && r < 0.58) inside = blank;
  float t = 0.0;
  if (dist > feather) t = 1.0;
  else if (dist > 0.0) t = dist / feather;
  // premultiplied, as the canvas composites it: a faded marker stays faint over the links
  vec4 color = mix(inside, transparent, t);
  gl_FragColor = vec4(color.rgb * color.a, color.a);
  #endif
}
`;

// Not instanced: each of a marker's three vertices carries the node's data. A software
// GPU (a machine without one, or Chromium's --disable-gpu) pays tens of microseconds per
// instance of an instanced draw: a thousand concepts cost 100 ms a frame that way, and
// about 10 ms as one plain draw of their triangles.
class NodeMarkerProgram extends NodeProgram {
  static ANGLES = [0, (2 * Math.PI) / 3, (4 * Math.PI) / 3];

  getDefinition() {
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS: ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'],
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_style', size: 2, type: FLOAT },
        { name: 'a_angle', size: 1, type: FLOAT },
      ],
    };
  }

  processVisibleItem(nodeIndex, startIndex, data) {
    const array = this.array;
    const color = floatColor(data.color);
    for (const angle of NodeMarkerProgram.ANGLES) {
      array[startIndex++] = data.x;
      array[startIndex++] = data.y;
      array[startIndex++] = data.size;
      array[startIndex++] = color;
      array[startIndex++] = nodeIndex;
      array[startIndex++] = data.shape ?? 0;
      array[startIndex++] = data.pattern ?? 0;
      array[startIndex++] = angle;
    }
  }

  setUniforms(params, { gl, uniformLocations }) {
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
  }
}

// Stands in for a program the map never uses (sigma's arrows), so that it is not compiled.
class UnusedProgram {
  reallocate() {}
  process() {}
  render() {}
  kill() {}
}

const FONT = 'system-ui, "DejaVu Sans", sans-serif';

function haloText(context, text, x, y, { size, weight = '500', align = 'center' }) {
  context.font = `${weight} ${size}px ${FONT}`;
  context.textAlign = align;
  context.lineJoin = 'round';
  context.lineWidth = 3.5;
  context.strokeStyle = 'rgba(255, 255, 255, 0.95)';
  context.strokeText(text, x, y);
  context.fillStyle = '#1a1a1a';
  context.fillText(text, x, y);
}

// data.x, data.y, data.size are on screen (px); `caption` carries a theme's name (its
// `label` stays empty so that themes do not take the concepts' places in the label grid)
function drawLabel(context, data) {
  if (data.caption) {
    const size = data.captionSize ?? 13;
    const lines = data.caption.split('\n');
    const top = data.captionInside
      ? data.y - ((lines.length - 1) * (size + 2)) / 2 + size / 3
      : data.y - data.size - 6 - (lines.length - 1) * (size + 2);
    lines.forEach((line, index) =>
      haloText(context, line, data.x, top + index * (size + 2), {
        size: index === 0 ? size : size - 2,
        weight: index === 0 ? '650' : '500',
      }),
    );
    return;
  }
  if (!data.label) return;
  const size = data.labelSize ?? 12;
  haloText(context, data.label, data.x, data.y + data.size + size + 1, {
    size,
    weight: data.strong ? '700' : '500',
  });
}

function drawHover(context, data, settings) {
  if (data.caption) return; // a theme's name is always drawn
  drawLabel(context, { ...data, labelSize: 13, strong: true }, settings);
}

/**
 * A sigma renderer for `graph` in `container`. Node attributes read: x, y, size (graph
 * units), color, shape (0 circle, 1 diamond), pattern (0 solid, 1 ring, 2 dot in a ring),
 * label or caption; edge attributes: size, color. `reducers` are sigma's node and edge
 * reducers.
 */
export function createRenderer(graph, container, { nodeReducer, edgeReducer }) {
  return new Sigma(graph, container, {
    // one program per kind of item: sigma's defaults (circles, arrows) are replaced, not
    // compiled beside ours (each program costs a shader compilation at start-up)
    defaultNodeType: 'circle',
    nodeProgramClasses: { circle: NodeMarkerProgram },
    defaultEdgeType: 'line',
    edgeProgramClasses: { arrow: UnusedProgram },
    itemSizesReference: 'positions',
    zoomToSizeRatioFunction: (ratio) => ratio,
    // labels only for what is large enough on screen; the label grid gives each part of
    // the screen to its largest (most central) concept, so zooming in shows more
    labelRenderedSizeThreshold: 5,
    labelDensity: 0.45,
    labelGridCellSize: 110,
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
    minCameraRatio: 0.03,
    maxCameraRatio: 3,
    zIndex: true,
    stagePadding: 40,
    // the reader may switch to another view (hiding the map) while it loads
    allowInvalidContainer: true,
    nodeReducer,
    edgeReducer,
  });
}
