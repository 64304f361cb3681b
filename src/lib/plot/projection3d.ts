// mplot3d's projection (matplotlib 3.6: Axes3D.get_proj and mpl_toolkits/mplot3d/proj3d.py): data
// limits scaled into the 4:4:3 box, a camera 10 units from the box's centre at the view's
// elevation and azimuth (rolled about the view axis), and a perspective of focal length 1. The
// result is the 2-D data coordinates of the axes underneath, whose view is fixed at
// [-0.095, 0.09] in x and y, and a depth (larger: farther) by which mplot3d sorts what it draws.

export interface View3D {
  /** Degrees, as Axes3D.elev / azim / roll. */
  elev: number;
  azim: number;
  roll: number;
}

/** [[x0, x1], [y0, y1], [z0, z1]]: the limits the axes show. */
export type Limits3D = readonly [readonly [number, number], readonly [number, number], readonly [number, number]];

/** The camera's distance from the box centre (Axes3D._dist). */
const DIST = 10;
/** set_box_aspect(None): 4:4:3, scaled as matplotlib scales it to match its 3.2 look. */
const BOX_ASPECT: readonly [number, number, number] = (() => {
  const aspect = [4, 4, 3];
  const scale = 1.8294640721620434 / Math.hypot(...aspect);
  return [aspect[0] * scale, aspect[1] * scale, aspect[2] * scale] as const;
})();
/** The 2-D view of the axes beneath (Axes3D.set_top_view): projected x and y run over this. */
export const VIEW_2D: readonly [number, number] = [-0.95 / DIST, 0.9 / DIST];

/** art3d._norm_angle: degrees into (-180, 180]. */
export function normAngle(a: number): number {
  const wrapped = (((a + 360) % 360) + 360) % 360;
  return wrapped > 180 ? wrapped - 360 : wrapped;
}

type Vec3 = [number, number, number];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const unit = (a: Vec3): Vec3 => {
  const n = Math.hypot(a[0], a[1], a[2]);
  return [a[0] / n, a[1] / n, a[2] / n];
};
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** proj3d.rotation_about_vector applied to `u`: a rotation by `angle` radians about unit `v`. */
function rotateAbout(v: Vec3, angle: number, u: Vec3): Vec3 {
  const [vx, vy, vz] = v;
  const s = Math.sin(angle);
  const c = Math.cos(angle);
  const t = 2 * Math.sin(angle / 2) ** 2;
  const rows: Vec3[] = [
    [t * vx * vx + c, t * vx * vy - vz * s, t * vx * vz + vy * s],
    [t * vy * vx + vz * s, t * vy * vy + c, t * vy * vz - vx * s],
    [t * vz * vx - vy * s, t * vz * vy + vx * s, t * vz * vz + c],
  ];
  return [dot(rows[0], u), dot(rows[1], u), dot(rows[2], u)];
}

/** 4×4 row-major product a·b. */
function multiply(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(16).fill(0);
  for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) for (let k = 0; k < 4; k++) out[4 * r + c] += a[4 * r + k] * b[4 * k + c];
  return out;
}

/** Axes3D.get_proj(): the 4×4 matrix (row-major) from data to projected coordinates. */
export function projectionMatrix(limits: Limits3D, view: View3D): number[] {
  const [ax, ay, az] = BOX_ASPECT;
  const [[x0, x1], [y0, y1], [z0, z1]] = limits;
  const dx = (x1 - x0) / ax;
  const dy = (y1 - y0) / ay;
  const dz = (z1 - z0) / az;
  const world = [1 / dx, 0, 0, -x0 / dx, 0, 1 / dy, 0, -y0 / dy, 0, 0, 1 / dz, -z0 / dz, 0, 0, 0, 1];
  const centre: Vec3 = [0.5 * ax, 0.5 * ay, 0.5 * az];
  const rad = (deg: number) => (normAngle(deg) * Math.PI) / 180;
  const elev = rad(view.elev);
  const azim = rad(view.azim);
  const roll = rad(view.roll);
  const eye: Vec3 = [
    centre[0] + DIST * Math.cos(elev) * Math.cos(azim),
    centre[1] + DIST * Math.cos(elev) * Math.sin(azim),
    centre[2] + DIST * Math.sin(elev),
  ];
  // past ±90° of elevation the camera is upside down
  const up: Vec3 = [0, 0, Math.abs(elev) > 0.5 * Math.PI ? -1 : 1];
  // proj3d.view_transformation
  const n = unit(sub(eye, centre));
  let u = unit(cross(up, n));
  let v = cross(n, u);
  if (roll !== 0) {
    u = rotateAbout(n, -roll, u);
    v = rotateAbout(n, -roll, v);
  }
  const rotate = [...u, 0, ...v, 0, ...n, 0, 0, 0, 0, 1];
  const translate = [1, 0, 0, -eye[0], 0, 1, 0, -eye[1], 0, 0, 1, -eye[2], 0, 0, 0, 1];
  const viewMatrix = multiply(rotate, translate);
  // proj3d.persp_transformation(-dist, dist, focal_length=1)
  const [front, back] = [-DIST, DIST];
  const b = (front + back) / (front - back);
  const c = (-2 * (front * back)) / (front - back);
  const perspective = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, b, c, 0, 0, -1, 0];
  return multiply(perspective, multiply(viewMatrix, world));
}

/**
 * proj3d.proj_transform for many points: `xyz` interleaved in, projected x, y and depth out
 * (into `out`, 3 numbers a point).
 */
export function projectPoints(m: readonly number[], xyz: ArrayLike<number>, out: Float64Array = new Float64Array(xyz.length)): Float64Array {
  for (let i = 0; i < xyz.length; i += 3) {
    const x = xyz[i];
    const y = xyz[i + 1];
    const z = xyz[i + 2];
    const w = m[12] * x + m[13] * y + m[14] * z + m[15];
    out[i] = (m[0] * x + m[1] * y + m[2] * z + m[3]) / w;
    out[i + 1] = (m[4] * x + m[5] * y + m[6] * z + m[7]) / w;
    out[i + 2] = (m[8] * x + m[9] * y + m[10] * z + m[11]) / w;
  }
  return out;
}

/**
 * Axes3D._on_move: a drag of (dx, dy) px (screen y down) over an axes box `side` px wide turns the
 * camera by 180° per box width — sideways the azimuth, up and down the elevation (tilted by roll).
 */
export function dragView(view: View3D, dx: number, dy: number, side: number): View3D {
  const roll = (view.roll * Math.PI) / 180;
  const right = (dx / side) * 180;
  const up = (-dy / side) * 180;
  return {
    elev: view.elev - up * Math.cos(roll) + right * Math.sin(roll),
    azim: view.azim - up * Math.sin(roll) - right * Math.cos(roll),
    roll: view.roll,
  };
}

/** Degrees an arrow key turns the camera. */
const KEY_STEP_DEGREES = 5;

/**
 * The arrow keys turn the camera as a drag the same way would (→ as a drag to the right), by
 * KEY_STEP_DEGREES; Home goes back to `initial`. Other keys: null.
 */
export function keyView(view: View3D, key: string, initial: View3D): View3D | null {
  const step = KEY_STEP_DEGREES;
  switch (key) {
    case 'ArrowRight': return { ...view, azim: view.azim - step };
    case 'ArrowLeft': return { ...view, azim: view.azim + step };
    case 'ArrowUp': return { ...view, elev: view.elev - step };
    case 'ArrowDown': return { ...view, elev: view.elev + step };
    case 'Home': return { ...initial };
    default: return null;
  }
}
