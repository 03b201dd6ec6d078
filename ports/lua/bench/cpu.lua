-- cpu.lua - a CPU-bound Lua workload for the ports benchmark: n-body,
-- spectral norm and fannkuch with fixed sizes, so every run does the same
-- work and prints the same checksums.
--   lua cpu.lua [SCALE]     SCALE (default 1) multiplies the work
local scale = tonumber(arg and arg[1]) or 1

-- n-body: the outer planets, a leapfrog integration of N steps.
local function nbody(steps)
  local pi = math.pi
  local solar_mass = 4 * pi * pi
  local days = 365.24
  local bodies = {
    { 0, 0, 0, 0, 0, 0, solar_mass },
    { 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * days, 7.69901118419740425e-03 * days, -6.90460016972063023e-05 * days,
      9.54791938424326609e-04 * solar_mass },
    { 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * days, 4.99852801234917238e-03 * days, 2.30417297573763929e-05 * days,
      2.85885980666130812e-04 * solar_mass },
    { 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * days, 2.37847173959480950e-03 * days, -2.96589568540237556e-05 * days,
      4.36624404335156298e-05 * solar_mass },
    { 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * days, 1.62824170038242295e-03 * days, -9.51592254519715870e-05 * days,
      5.15138902046611451e-05 * solar_mass },
  }
  local n = #bodies
  local px, py, pz = 0, 0, 0
  for i = 1, n do
    local b = bodies[i]
    px, py, pz = px + b[4] * b[7], py + b[5] * b[7], pz + b[6] * b[7]
  end
  local sun = bodies[1]
  sun[4], sun[5], sun[6] = -px / solar_mass, -py / solar_mass, -pz / solar_mass

  local function energy()
    local e = 0
    for i = 1, n do
      local bi = bodies[i]
      e = e + 0.5 * bi[7] * (bi[4] * bi[4] + bi[5] * bi[5] + bi[6] * bi[6])
      for j = i + 1, n do
        local bj = bodies[j]
        local dx, dy, dz = bi[1] - bj[1], bi[2] - bj[2], bi[3] - bj[3]
        e = e - bi[7] * bj[7] / math.sqrt(dx * dx + dy * dy + dz * dz)
      end
    end
    return e
  end

  local e0 = energy()
  local dt = 0.01
  for _ = 1, steps do
    for i = 1, n do
      local bi = bodies[i]
      local bix, biy, biz, bim = bi[1], bi[2], bi[3], bi[7]
      local vx, vy, vz = bi[4], bi[5], bi[6]
      for j = i + 1, n do
        local bj = bodies[j]
        local dx, dy, dz = bix - bj[1], biy - bj[2], biz - bj[3]
        local d2 = dx * dx + dy * dy + dz * dz
        local mag = dt / (d2 * math.sqrt(d2))
        local bm = bj[7] * mag
        vx, vy, vz = vx - dx * bm, vy - dy * bm, vz - dz * bm
        bm = bim * mag
        bj[4], bj[5], bj[6] = bj[4] + dx * bm, bj[5] + dy * bm, bj[6] + dz * bm
      end
      bi[4], bi[5], bi[6] = vx, vy, vz
      bi[1], bi[2], bi[3] = bix + dt * vx, biy + dt * vy, biz + dt * vz
    end
  end
  return e0, energy()
end

-- spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1).
local function spectral(n)
  local function a(i, j)
    local ij = i + j - 1
    return 1.0 / (ij * (ij - 1) * 0.5 + i)
  end
  local function av(x, y)
    for i = 1, n do
      local s = 0
      for j = 1, n do s = s + a(i, j) * x[j] end
      y[i] = s
    end
  end
  local function atv(x, y)
    for i = 1, n do
      local s = 0
      for j = 1, n do s = s + a(j, i) * x[j] end
      y[i] = s
    end
  end
  local function atav(x, y, t)
    av(x, t)
    atv(t, y)
  end
  local u, v, t = {}, {}, {}
  for i = 1, n do u[i] = 1 end
  for _ = 1, 10 do
    atav(u, v, t)
    atav(v, u, t)
  end
  local vbv, vv = 0, 0
  for i = 1, n do
    local ui, vi = u[i], v[i]
    vbv, vv = vbv + ui * vi, vv + vi * vi
  end
  return math.sqrt(vbv / vv)
end

-- fannkuch-redux: flips over every permutation of 1..n.
local function fannkuch(n)
  local p, q, s, sign, maxflips, sum = {}, {}, {}, 1, 0, 0
  for i = 1, n do p[i] = i; q[i] = i; s[i] = i end
  while true do
    local q1 = p[1]
    if q1 ~= 1 then
      for i = 2, n do q[i] = p[i] end
      local flips = 1
      while true do
        local qq = q[q1]
        if qq == 1 then
          sum = sum + sign * flips
          if flips > maxflips then maxflips = flips end
          break
        end
        q[q1] = q1
        if q1 >= 4 then
          local i, j = 2, q1 - 1
          repeat q[i], q[j] = q[j], q[i]; i = i + 1; j = j - 1 until i >= j
        end
        q1 = qq
        flips = flips + 1
      end
    end
    if sign == 1 then
      p[2], p[1] = p[1], p[2]
      sign = -1
    else
      p[2], p[3] = p[3], p[2]
      sign = 1
      for i = 3, n do
        local sx = s[i]
        if sx ~= 1 then s[i] = sx - 1; break end
        if i == n then return sum, maxflips end
        s[i] = i
        local t = p[1]
        for j = 1, i do p[j] = p[j + 1] end
        p[i + 1] = t
      end
    end
  end
end

-- string building and hashing: tables keyed by generated strings.
local function strings(n)
  local h = {}
  local x = 1
  for i = 1, n do
    x = (x * 1103515245 + 12345) % 2147483648
    local k = string.format("k%06d", x % 50000)
    h[k] = (h[k] or 0) + i
  end
  local keys = {}
  for k in pairs(h) do keys[#keys + 1] = k end
  table.sort(keys)
  local acc = 0
  for i = 1, #keys, 97 do acc = (acc * 31 + h[keys[i]]) % 1000000007 end
  return #keys, acc
end

for _ = 1, scale do
  local e0, e1 = nbody(300000)
  print(string.format("nbody %.9f %.9f", e0, e1))
  print(string.format("spectral %.9f", spectral(300)))
  print(string.format("fannkuch %d %d", fannkuch(9)))
  print(string.format("strings %d %d", strings(300000)))
end
