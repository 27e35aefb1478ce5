package badinput

// bigStore's Release has a very large body (3000 statements) before a
// correct shutdown: analysed quickly, silent.
type bigStore struct {
	support   Support
	loggedOff bool
	n         int
}

func (s *bigStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *bigStore) Release() uint32 {
	x := s.n
	if x > 0 {
		x -= 1
	}
	x += 0
	if x > 1 {
		x -= 2
	}
	x += 1
	if x > 2 {
		x -= 3
	}
	x += 2
	if x > 3 {
		x -= 4
	}
	x += 3
	if x > 4 {
		x -= 5
	}
	x += 4
	if x > 5 {
		x -= 6
	}
	x += 0
	if x > 6 {
		x -= 7
	}
	x += 1
	if x > 7 {
		x -= 1
	}
	x += 2
	if x > 8 {
		x -= 2
	}
	x += 3
	if x > 9 {
		x -= 3
	}
	x += 4
	if x > 10 {
		x -= 4
	}
	x += 0
	if x > 11 {
		x -= 5
	}
	x += 1
	if x > 12 {
		x -= 6
	}
	x += 2
	if x > 13 {
		x -= 7
	}
	x += 3
	if x > 14 {
		x -= 1
	}
	x += 4
	if x > 15 {
		x -= 2
	}
	x += 0
	if x > 16 {
		x -= 3
	}
	x += 1
	if x > 17 {
		x -= 4
	}
	x += 2
	if x > 18 {
		x -= 5
	}
	x += 3
	if x > 19 {
		x -= 6
	}
	x += 4
	if x > 20 {
		x -= 7
	}
	x += 0
	if x > 21 {
		x -= 1
	}
	x += 1
	if x > 22 {
		x -= 2
	}
	x += 2
	if x > 23 {
		x -= 3
	}
	x += 3
	if x > 24 {
		x -= 4
	}
	x += 4
	if x > 25 {
		x -= 5
	}
	x += 0
	if x > 26 {
		x -= 6
	}
	x += 1
	if x > 27 {
		x -= 7
	}
	x += 2
	if x > 28 {
		x -= 1
	}
	x += 3
	if x > 29 {
		x -= 2
	}
	x += 4
	if x > 30 {
		x -= 3
	}
	x += 0
	if x > 31 {
		x -= 4
	}
	x += 1
	if x > 32 {
		x -= 5
	}
	x += 2
	if x > 33 {
		x -= 6
	}
	x += 3
	if x > 34 {
		x -= 7
	}
	x += 4
	if x > 35 {
		x -= 1
	}
	x += 0
	if x > 36 {
		x -= 2
	}
	x += 1
	if x > 37 {
		x -= 3
	}
	x += 2
	if x > 38 {
		x -= 4
	}
	x += 3
	if x > 39 {
		x -= 5
	}
	x += 4
	if x > 40 {
		x -= 6
	}
	x += 0
	if x > 41 {
		x -= 7
	}
	x += 1
	if x > 42 {
		x -= 1
	}
	x += 2
	if x > 43 {
		x -= 2
	}
	x += 3
	if x > 44 {
		x -= 3
	}
	x += 4
	if x > 45 {
		x -= 4
	}
	x += 0
	if x > 46 {
		x -= 5
	}
	x += 1
	if x > 47 {
		x -= 6
	}
	x += 2
	if x > 48 {
		x -= 7
	}
	x += 3
	if x > 49 {
		x -= 1
	}
	x += 4
	if x > 50 {
		x -= 2
	}
	x += 0
	if x > 51 {
		x -= 3
	}
	x += 1
	if x > 52 {
		x -= 4
	}
	x += 2
	if x > 53 {
		x -= 5
	}
	x += 3
	if x > 54 {
		x -= 6
	}
	x += 4
	if x > 55 {
		x -= 7
	}
	x += 0
	if x > 56 {
		x -= 1
	}
	x += 1
	if x > 57 {
		x -= 2
	}
	x += 2
	if x > 58 {
		x -= 3
	}
	x += 3
	if x > 59 {
		x -= 4
	}
	x += 4
	if x > 60 {
		x -= 5
	}
	x += 0
	if x > 61 {
		x -= 6
	}
	x += 1
	if x > 62 {
		x -= 7
	}
	x += 2
	if x > 63 {
		x -= 1
	}
	x += 3
	if x > 64 {
		x -= 2
	}
	x += 4
	if x > 65 {
		x -= 3
	}
	x += 0
	if x > 66 {
		x -= 4
	}
	x += 1
	if x > 67 {
		x -= 5
	}
	x += 2
	if x > 68 {
		x -= 6
	}
	x += 3
	if x > 69 {
		x -= 7
	}
	x += 4
	if x > 70 {
		x -= 1
	}
	x += 0
	if x > 71 {
		x -= 2
	}
	x += 1
	if x > 72 {
		x -= 3
	}
	x += 2
	if x > 73 {
		x -= 4
	}
	x += 3
	if x > 74 {
		x -= 5
	}
	x += 4
	if x > 75 {
		x -= 6
	}
	x += 0
	if x > 76 {
		x -= 7
	}
	x += 1
	if x > 77 {
		x -= 1
	}
	x += 2
	if x > 78 {
		x -= 2
	}
	x += 3
	if x > 79 {
		x -= 3
	}
	x += 4
	if x > 80 {
		x -= 4
	}
	x += 0
	if x > 81 {
		x -= 5
	}
	x += 1
	if x > 82 {
		x -= 6
	}
	x += 2
	if x > 83 {
		x -= 7
	}
	x += 3
	if x > 84 {
		x -= 1
	}
	x += 4
	if x > 85 {
		x -= 2
	}
	x += 0
	if x > 86 {
		x -= 3
	}
	x += 1
	if x > 87 {
		x -= 4
	}
	x += 2
	if x > 88 {
		x -= 5
	}
	x += 3
	if x > 89 {
		x -= 6
	}
	x += 4
	if x > 90 {
		x -= 7
	}
	x += 0
	if x > 91 {
		x -= 1
	}
	x += 1
	if x > 92 {
		x -= 2
	}
	x += 2
	if x > 93 {
		x -= 3
	}
	x += 3
	if x > 94 {
		x -= 4
	}
	x += 4
	if x > 95 {
		x -= 5
	}
	x += 0
	if x > 96 {
		x -= 6
	}
	x += 1
	if x > 97 {
		x -= 7
	}
	x += 2
	if x > 98 {
		x -= 1
	}
	x += 3
	if x > 99 {
		x -= 2
	}
	x += 4
	if x > 100 {
		x -= 3
	}
	x += 0
	if x > 101 {
		x -= 4
	}
	x += 1
	if x > 102 {
		x -= 5
	}
	x += 2
	if x > 103 {
		x -= 6
	}
	x += 3
	if x > 104 {
		x -= 7
	}
	x += 4
	if x > 105 {
		x -= 1
	}
	x += 0
	if x > 106 {
		x -= 2
	}
	x += 1
	if x > 107 {
		x -= 3
	}
	x += 2
	if x > 108 {
		x -= 4
	}
	x += 3
	if x > 109 {
		x -= 5
	}
	x += 4
	if x > 110 {
		x -= 6
	}
	x += 0
	if x > 111 {
		x -= 7
	}
	x += 1
	if x > 112 {
		x -= 1
	}
	x += 2
	if x > 113 {
		x -= 2
	}
	x += 3
	if x > 114 {
		x -= 3
	}
	x += 4
	if x > 115 {
		x -= 4
	}
	x += 0
	if x > 116 {
		x -= 5
	}
	x += 1
	if x > 117 {
		x -= 6
	}
	x += 2
	if x > 118 {
		x -= 7
	}
	x += 3
	if x > 119 {
		x -= 1
	}
	x += 4
	if x > 120 {
		x -= 2
	}
	x += 0
	if x > 121 {
		x -= 3
	}
	x += 1
	if x > 122 {
		x -= 4
	}
	x += 2
	if x > 123 {
		x -= 5
	}
	x += 3
	if x > 124 {
		x -= 6
	}
	x += 4
	if x > 125 {
		x -= 7
	}
	x += 0
	if x > 126 {
		x -= 1
	}
	x += 1
	if x > 127 {
		x -= 2
	}
	x += 2
	if x > 128 {
		x -= 3
	}
	x += 3
	if x > 129 {
		x -= 4
	}
	x += 4
	if x > 130 {
		x -= 5
	}
	x += 0
	if x > 131 {
		x -= 6
	}
	x += 1
	if x > 132 {
		x -= 7
	}
	x += 2
	if x > 133 {
		x -= 1
	}
	x += 3
	if x > 134 {
		x -= 2
	}
	x += 4
	if x > 135 {
		x -= 3
	}
	x += 0
	if x > 136 {
		x -= 4
	}
	x += 1
	if x > 137 {
		x -= 5
	}
	x += 2
	if x > 138 {
		x -= 6
	}
	x += 3
	if x > 139 {
		x -= 7
	}
	x += 4
	if x > 140 {
		x -= 1
	}
	x += 0
	if x > 141 {
		x -= 2
	}
	x += 1
	if x > 142 {
		x -= 3
	}
	x += 2
	if x > 143 {
		x -= 4
	}
	x += 3
	if x > 144 {
		x -= 5
	}
	x += 4
	if x > 145 {
		x -= 6
	}
	x += 0
	if x > 146 {
		x -= 7
	}
	x += 1
	if x > 147 {
		x -= 1
	}
	x += 2
	if x > 148 {
		x -= 2
	}
	x += 3
	if x > 149 {
		x -= 3
	}
	x += 4
	if x > 150 {
		x -= 4
	}
	x += 0
	if x > 151 {
		x -= 5
	}
	x += 1
	if x > 152 {
		x -= 6
	}
	x += 2
	if x > 153 {
		x -= 7
	}
	x += 3
	if x > 154 {
		x -= 1
	}
	x += 4
	if x > 155 {
		x -= 2
	}
	x += 0
	if x > 156 {
		x -= 3
	}
	x += 1
	if x > 157 {
		x -= 4
	}
	x += 2
	if x > 158 {
		x -= 5
	}
	x += 3
	if x > 159 {
		x -= 6
	}
	x += 4
	if x > 160 {
		x -= 7
	}
	x += 0
	if x > 161 {
		x -= 1
	}
	x += 1
	if x > 162 {
		x -= 2
	}
	x += 2
	if x > 163 {
		x -= 3
	}
	x += 3
	if x > 164 {
		x -= 4
	}
	x += 4
	if x > 165 {
		x -= 5
	}
	x += 0
	if x > 166 {
		x -= 6
	}
	x += 1
	if x > 167 {
		x -= 7
	}
	x += 2
	if x > 168 {
		x -= 1
	}
	x += 3
	if x > 169 {
		x -= 2
	}
	x += 4
	if x > 170 {
		x -= 3
	}
	x += 0
	if x > 171 {
		x -= 4
	}
	x += 1
	if x > 172 {
		x -= 5
	}
	x += 2
	if x > 173 {
		x -= 6
	}
	x += 3
	if x > 174 {
		x -= 7
	}
	x += 4
	if x > 175 {
		x -= 1
	}
	x += 0
	if x > 176 {
		x -= 2
	}
	x += 1
	if x > 177 {
		x -= 3
	}
	x += 2
	if x > 178 {
		x -= 4
	}
	x += 3
	if x > 179 {
		x -= 5
	}
	x += 4
	if x > 180 {
		x -= 6
	}
	x += 0
	if x > 181 {
		x -= 7
	}
	x += 1
	if x > 182 {
		x -= 1
	}
	x += 2
	if x > 183 {
		x -= 2
	}
	x += 3
	if x > 184 {
		x -= 3
	}
	x += 4
	if x > 185 {
		x -= 4
	}
	x += 0
	if x > 186 {
		x -= 5
	}
	x += 1
	if x > 187 {
		x -= 6
	}
	x += 2
	if x > 188 {
		x -= 7
	}
	x += 3
	if x > 189 {
		x -= 1
	}
	x += 4
	if x > 190 {
		x -= 2
	}
	x += 0
	if x > 191 {
		x -= 3
	}
	x += 1
	if x > 192 {
		x -= 4
	}
	x += 2
	if x > 193 {
		x -= 5
	}
	x += 3
	if x > 194 {
		x -= 6
	}
	x += 4
	if x > 195 {
		x -= 7
	}
	x += 0
	if x > 196 {
		x -= 1
	}
	x += 1
	if x > 197 {
		x -= 2
	}
	x += 2
	if x > 198 {
		x -= 3
	}
	x += 3
	if x > 199 {
		x -= 4
	}
	x += 4
	if x > 200 {
		x -= 5
	}
	x += 0
	if x > 201 {
		x -= 6
	}
	x += 1
	if x > 202 {
		x -= 7
	}
	x += 2
	if x > 203 {
		x -= 1
	}
	x += 3
	if x > 204 {
		x -= 2
	}
	x += 4
	if x > 205 {
		x -= 3
	}
	x += 0
	if x > 206 {
		x -= 4
	}
	x += 1
	if x > 207 {
		x -= 5
	}
	x += 2
	if x > 208 {
		x -= 6
	}
	x += 3
	if x > 209 {
		x -= 7
	}
	x += 4
	if x > 210 {
		x -= 1
	}
	x += 0
	if x > 211 {
		x -= 2
	}
	x += 1
	if x > 212 {
		x -= 3
	}
	x += 2
	if x > 213 {
		x -= 4
	}
	x += 3
	if x > 214 {
		x -= 5
	}
	x += 4
	if x > 215 {
		x -= 6
	}
	x += 0
	if x > 216 {
		x -= 7
	}
	x += 1
	if x > 217 {
		x -= 1
	}
	x += 2
	if x > 218 {
		x -= 2
	}
	x += 3
	if x > 219 {
		x -= 3
	}
	x += 4
	if x > 220 {
		x -= 4
	}
	x += 0
	if x > 221 {
		x -= 5
	}
	x += 1
	if x > 222 {
		x -= 6
	}
	x += 2
	if x > 223 {
		x -= 7
	}
	x += 3
	if x > 224 {
		x -= 1
	}
	x += 4
	if x > 225 {
		x -= 2
	}
	x += 0
	if x > 226 {
		x -= 3
	}
	x += 1
	if x > 227 {
		x -= 4
	}
	x += 2
	if x > 228 {
		x -= 5
	}
	x += 3
	if x > 229 {
		x -= 6
	}
	x += 4
	if x > 230 {
		x -= 7
	}
	x += 0
	if x > 231 {
		x -= 1
	}
	x += 1
	if x > 232 {
		x -= 2
	}
	x += 2
	if x > 233 {
		x -= 3
	}
	x += 3
	if x > 234 {
		x -= 4
	}
	x += 4
	if x > 235 {
		x -= 5
	}
	x += 0
	if x > 236 {
		x -= 6
	}
	x += 1
	if x > 237 {
		x -= 7
	}
	x += 2
	if x > 238 {
		x -= 1
	}
	x += 3
	if x > 239 {
		x -= 2
	}
	x += 4
	if x > 240 {
		x -= 3
	}
	x += 0
	if x > 241 {
		x -= 4
	}
	x += 1
	if x > 242 {
		x -= 5
	}
	x += 2
	if x > 243 {
		x -= 6
	}
	x += 3
	if x > 244 {
		x -= 7
	}
	x += 4
	if x > 245 {
		x -= 1
	}
	x += 0
	if x > 246 {
		x -= 2
	}
	x += 1
	if x > 247 {
		x -= 3
	}
	x += 2
	if x > 248 {
		x -= 4
	}
	x += 3
	if x > 249 {
		x -= 5
	}
	x += 4
	if x > 250 {
		x -= 6
	}
	x += 0
	if x > 251 {
		x -= 7
	}
	x += 1
	if x > 252 {
		x -= 1
	}
	x += 2
	if x > 253 {
		x -= 2
	}
	x += 3
	if x > 254 {
		x -= 3
	}
	x += 4
	if x > 255 {
		x -= 4
	}
	x += 0
	if x > 256 {
		x -= 5
	}
	x += 1
	if x > 257 {
		x -= 6
	}
	x += 2
	if x > 258 {
		x -= 7
	}
	x += 3
	if x > 259 {
		x -= 1
	}
	x += 4
	if x > 260 {
		x -= 2
	}
	x += 0
	if x > 261 {
		x -= 3
	}
	x += 1
	if x > 262 {
		x -= 4
	}
	x += 2
	if x > 263 {
		x -= 5
	}
	x += 3
	if x > 264 {
		x -= 6
	}
	x += 4
	if x > 265 {
		x -= 7
	}
	x += 0
	if x > 266 {
		x -= 1
	}
	x += 1
	if x > 267 {
		x -= 2
	}
	x += 2
	if x > 268 {
		x -= 3
	}
	x += 3
	if x > 269 {
		x -= 4
	}
	x += 4
	if x > 270 {
		x -= 5
	}
	x += 0
	if x > 271 {
		x -= 6
	}
	x += 1
	if x > 272 {
		x -= 7
	}
	x += 2
	if x > 273 {
		x -= 1
	}
	x += 3
	if x > 274 {
		x -= 2
	}
	x += 4
	if x > 275 {
		x -= 3
	}
	x += 0
	if x > 276 {
		x -= 4
	}
	x += 1
	if x > 277 {
		x -= 5
	}
	x += 2
	if x > 278 {
		x -= 6
	}
	x += 3
	if x > 279 {
		x -= 7
	}
	x += 4
	if x > 280 {
		x -= 1
	}
	x += 0
	if x > 281 {
		x -= 2
	}
	x += 1
	if x > 282 {
		x -= 3
	}
	x += 2
	if x > 283 {
		x -= 4
	}
	x += 3
	if x > 284 {
		x -= 5
	}
	x += 4
	if x > 285 {
		x -= 6
	}
	x += 0
	if x > 286 {
		x -= 7
	}
	x += 1
	if x > 287 {
		x -= 1
	}
	x += 2
	if x > 288 {
		x -= 2
	}
	x += 3
	if x > 289 {
		x -= 3
	}
	x += 4
	if x > 290 {
		x -= 4
	}
	x += 0
	if x > 291 {
		x -= 5
	}
	x += 1
	if x > 292 {
		x -= 6
	}
	x += 2
	if x > 293 {
		x -= 7
	}
	x += 3
	if x > 294 {
		x -= 1
	}
	x += 4
	if x > 295 {
		x -= 2
	}
	x += 0
	if x > 296 {
		x -= 3
	}
	x += 1
	if x > 297 {
		x -= 4
	}
	x += 2
	if x > 298 {
		x -= 5
	}
	x += 3
	if x > 299 {
		x -= 6
	}
	x += 4
	if x > 300 {
		x -= 7
	}
	x += 0
	if x > 301 {
		x -= 1
	}
	x += 1
	if x > 302 {
		x -= 2
	}
	x += 2
	if x > 303 {
		x -= 3
	}
	x += 3
	if x > 304 {
		x -= 4
	}
	x += 4
	if x > 305 {
		x -= 5
	}
	x += 0
	if x > 306 {
		x -= 6
	}
	x += 1
	if x > 307 {
		x -= 7
	}
	x += 2
	if x > 308 {
		x -= 1
	}
	x += 3
	if x > 309 {
		x -= 2
	}
	x += 4
	if x > 310 {
		x -= 3
	}
	x += 0
	if x > 311 {
		x -= 4
	}
	x += 1
	if x > 312 {
		x -= 5
	}
	x += 2
	if x > 313 {
		x -= 6
	}
	x += 3
	if x > 314 {
		x -= 7
	}
	x += 4
	if x > 315 {
		x -= 1
	}
	x += 0
	if x > 316 {
		x -= 2
	}
	x += 1
	if x > 317 {
		x -= 3
	}
	x += 2
	if x > 318 {
		x -= 4
	}
	x += 3
	if x > 319 {
		x -= 5
	}
	x += 4
	if x > 320 {
		x -= 6
	}
	x += 0
	if x > 321 {
		x -= 7
	}
	x += 1
	if x > 322 {
		x -= 1
	}
	x += 2
	if x > 323 {
		x -= 2
	}
	x += 3
	if x > 324 {
		x -= 3
	}
	x += 4
	if x > 325 {
		x -= 4
	}
	x += 0
	if x > 326 {
		x -= 5
	}
	x += 1
	if x > 327 {
		x -= 6
	}
	x += 2
	if x > 328 {
		x -= 7
	}
	x += 3
	if x > 329 {
		x -= 1
	}
	x += 4
	if x > 330 {
		x -= 2
	}
	x += 0
	if x > 331 {
		x -= 3
	}
	x += 1
	if x > 332 {
		x -= 4
	}
	x += 2
	if x > 333 {
		x -= 5
	}
	x += 3
	if x > 334 {
		x -= 6
	}
	x += 4
	if x > 335 {
		x -= 7
	}
	x += 0
	if x > 336 {
		x -= 1
	}
	x += 1
	if x > 337 {
		x -= 2
	}
	x += 2
	if x > 338 {
		x -= 3
	}
	x += 3
	if x > 339 {
		x -= 4
	}
	x += 4
	if x > 340 {
		x -= 5
	}
	x += 0
	if x > 341 {
		x -= 6
	}
	x += 1
	if x > 342 {
		x -= 7
	}
	x += 2
	if x > 343 {
		x -= 1
	}
	x += 3
	if x > 344 {
		x -= 2
	}
	x += 4
	if x > 345 {
		x -= 3
	}
	x += 0
	if x > 346 {
		x -= 4
	}
	x += 1
	if x > 347 {
		x -= 5
	}
	x += 2
	if x > 348 {
		x -= 6
	}
	x += 3
	if x > 349 {
		x -= 7
	}
	x += 4
	if x > 350 {
		x -= 1
	}
	x += 0
	if x > 351 {
		x -= 2
	}
	x += 1
	if x > 352 {
		x -= 3
	}
	x += 2
	if x > 353 {
		x -= 4
	}
	x += 3
	if x > 354 {
		x -= 5
	}
	x += 4
	if x > 355 {
		x -= 6
	}
	x += 0
	if x > 356 {
		x -= 7
	}
	x += 1
	if x > 357 {
		x -= 1
	}
	x += 2
	if x > 358 {
		x -= 2
	}
	x += 3
	if x > 359 {
		x -= 3
	}
	x += 4
	if x > 360 {
		x -= 4
	}
	x += 0
	if x > 361 {
		x -= 5
	}
	x += 1
	if x > 362 {
		x -= 6
	}
	x += 2
	if x > 363 {
		x -= 7
	}
	x += 3
	if x > 364 {
		x -= 1
	}
	x += 4
	if x > 365 {
		x -= 2
	}
	x += 0
	if x > 366 {
		x -= 3
	}
	x += 1
	if x > 367 {
		x -= 4
	}
	x += 2
	if x > 368 {
		x -= 5
	}
	x += 3
	if x > 369 {
		x -= 6
	}
	x += 4
	if x > 370 {
		x -= 7
	}
	x += 0
	if x > 371 {
		x -= 1
	}
	x += 1
	if x > 372 {
		x -= 2
	}
	x += 2
	if x > 373 {
		x -= 3
	}
	x += 3
	if x > 374 {
		x -= 4
	}
	x += 4
	if x > 375 {
		x -= 5
	}
	x += 0
	if x > 376 {
		x -= 6
	}
	x += 1
	if x > 377 {
		x -= 7
	}
	x += 2
	if x > 378 {
		x -= 1
	}
	x += 3
	if x > 379 {
		x -= 2
	}
	x += 4
	if x > 380 {
		x -= 3
	}
	x += 0
	if x > 381 {
		x -= 4
	}
	x += 1
	if x > 382 {
		x -= 5
	}
	x += 2
	if x > 383 {
		x -= 6
	}
	x += 3
	if x > 384 {
		x -= 7
	}
	x += 4
	if x > 385 {
		x -= 1
	}
	x += 0
	if x > 386 {
		x -= 2
	}
	x += 1
	if x > 387 {
		x -= 3
	}
	x += 2
	if x > 388 {
		x -= 4
	}
	x += 3
	if x > 389 {
		x -= 5
	}
	x += 4
	if x > 390 {
		x -= 6
	}
	x += 0
	if x > 391 {
		x -= 7
	}
	x += 1
	if x > 392 {
		x -= 1
	}
	x += 2
	if x > 393 {
		x -= 2
	}
	x += 3
	if x > 394 {
		x -= 3
	}
	x += 4
	if x > 395 {
		x -= 4
	}
	x += 0
	if x > 396 {
		x -= 5
	}
	x += 1
	if x > 397 {
		x -= 6
	}
	x += 2
	if x > 398 {
		x -= 7
	}
	x += 3
	if x > 399 {
		x -= 1
	}
	x += 4
	if x > 400 {
		x -= 2
	}
	x += 0
	if x > 401 {
		x -= 3
	}
	x += 1
	if x > 402 {
		x -= 4
	}
	x += 2
	if x > 403 {
		x -= 5
	}
	x += 3
	if x > 404 {
		x -= 6
	}
	x += 4
	if x > 405 {
		x -= 7
	}
	x += 0
	if x > 406 {
		x -= 1
	}
	x += 1
	if x > 407 {
		x -= 2
	}
	x += 2
	if x > 408 {
		x -= 3
	}
	x += 3
	if x > 409 {
		x -= 4
	}
	x += 4
	if x > 410 {
		x -= 5
	}
	x += 0
	if x > 411 {
		x -= 6
	}
	x += 1
	if x > 412 {
		x -= 7
	}
	x += 2
	if x > 413 {
		x -= 1
	}
	x += 3
	if x > 414 {
		x -= 2
	}
	x += 4
	if x > 415 {
		x -= 3
	}
	x += 0
	if x > 416 {
		x -= 4
	}
	x += 1
	if x > 417 {
		x -= 5
	}
	x += 2
	if x > 418 {
		x -= 6
	}
	x += 3
	if x > 419 {
		x -= 7
	}
	x += 4
	if x > 420 {
		x -= 1
	}
	x += 0
	if x > 421 {
		x -= 2
	}
	x += 1
	if x > 422 {
		x -= 3
	}
	x += 2
	if x > 423 {
		x -= 4
	}
	x += 3
	if x > 424 {
		x -= 5
	}
	x += 4
	if x > 425 {
		x -= 6
	}
	x += 0
	if x > 426 {
		x -= 7
	}
	x += 1
	if x > 427 {
		x -= 1
	}
	x += 2
	if x > 428 {
		x -= 2
	}
	x += 3
	if x > 429 {
		x -= 3
	}
	x += 4
	if x > 430 {
		x -= 4
	}
	x += 0
	if x > 431 {
		x -= 5
	}
	x += 1
	if x > 432 {
		x -= 6
	}
	x += 2
	if x > 433 {
		x -= 7
	}
	x += 3
	if x > 434 {
		x -= 1
	}
	x += 4
	if x > 435 {
		x -= 2
	}
	x += 0
	if x > 436 {
		x -= 3
	}
	x += 1
	if x > 437 {
		x -= 4
	}
	x += 2
	if x > 438 {
		x -= 5
	}
	x += 3
	if x > 439 {
		x -= 6
	}
	x += 4
	if x > 440 {
		x -= 7
	}
	x += 0
	if x > 441 {
		x -= 1
	}
	x += 1
	if x > 442 {
		x -= 2
	}
	x += 2
	if x > 443 {
		x -= 3
	}
	x += 3
	if x > 444 {
		x -= 4
	}
	x += 4
	if x > 445 {
		x -= 5
	}
	x += 0
	if x > 446 {
		x -= 6
	}
	x += 1
	if x > 447 {
		x -= 7
	}
	x += 2
	if x > 448 {
		x -= 1
	}
	x += 3
	if x > 449 {
		x -= 2
	}
	x += 4
	if x > 450 {
		x -= 3
	}
	x += 0
	if x > 451 {
		x -= 4
	}
	x += 1
	if x > 452 {
		x -= 5
	}
	x += 2
	if x > 453 {
		x -= 6
	}
	x += 3
	if x > 454 {
		x -= 7
	}
	x += 4
	if x > 455 {
		x -= 1
	}
	x += 0
	if x > 456 {
		x -= 2
	}
	x += 1
	if x > 457 {
		x -= 3
	}
	x += 2
	if x > 458 {
		x -= 4
	}
	x += 3
	if x > 459 {
		x -= 5
	}
	x += 4
	if x > 460 {
		x -= 6
	}
	x += 0
	if x > 461 {
		x -= 7
	}
	x += 1
	if x > 462 {
		x -= 1
	}
	x += 2
	if x > 463 {
		x -= 2
	}
	x += 3
	if x > 464 {
		x -= 3
	}
	x += 4
	if x > 465 {
		x -= 4
	}
	x += 0
	if x > 466 {
		x -= 5
	}
	x += 1
	if x > 467 {
		x -= 6
	}
	x += 2
	if x > 468 {
		x -= 7
	}
	x += 3
	if x > 469 {
		x -= 1
	}
	x += 4
	if x > 470 {
		x -= 2
	}
	x += 0
	if x > 471 {
		x -= 3
	}
	x += 1
	if x > 472 {
		x -= 4
	}
	x += 2
	if x > 473 {
		x -= 5
	}
	x += 3
	if x > 474 {
		x -= 6
	}
	x += 4
	if x > 475 {
		x -= 7
	}
	x += 0
	if x > 476 {
		x -= 1
	}
	x += 1
	if x > 477 {
		x -= 2
	}
	x += 2
	if x > 478 {
		x -= 3
	}
	x += 3
	if x > 479 {
		x -= 4
	}
	x += 4
	if x > 480 {
		x -= 5
	}
	x += 0
	if x > 481 {
		x -= 6
	}
	x += 1
	if x > 482 {
		x -= 7
	}
	x += 2
	if x > 483 {
		x -= 1
	}
	x += 3
	if x > 484 {
		x -= 2
	}
	x += 4
	if x > 485 {
		x -= 3
	}
	x += 0
	if x > 486 {
		x -= 4
	}
	x += 1
	if x > 487 {
		x -= 5
	}
	x += 2
	if x > 488 {
		x -= 6
	}
	x += 3
	if x > 489 {
		x -= 7
	}
	x += 4
	if x > 490 {
		x -= 1
	}
	x += 0
	if x > 491 {
		x -= 2
	}
	x += 1
	if x > 492 {
		x -= 3
	}
	x += 2
	if x > 493 {
		x -= 4
	}
	x += 3
	if x > 494 {
		x -= 5
	}
	x += 4
	if x > 495 {
		x -= 6
	}
	x += 0
	if x > 496 {
		x -= 7
	}
	x += 1
	if x > 497 {
		x -= 1
	}
	x += 2
	if x > 498 {
		x -= 2
	}
	x += 3
	if x > 499 {
		x -= 3
	}
	x += 4
	if x > 500 {
		x -= 4
	}
	x += 0
	if x > 501 {
		x -= 5
	}
	x += 1
	if x > 502 {
		x -= 6
	}
	x += 2
	if x > 503 {
		x -= 7
	}
	x += 3
	if x > 504 {
		x -= 1
	}
	x += 4
	if x > 505 {
		x -= 2
	}
	x += 0
	if x > 506 {
		x -= 3
	}
	x += 1
	if x > 507 {
		x -= 4
	}
	x += 2
	if x > 508 {
		x -= 5
	}
	x += 3
	if x > 509 {
		x -= 6
	}
	x += 4
	if x > 510 {
		x -= 7
	}
	x += 0
	if x > 511 {
		x -= 1
	}
	x += 1
	if x > 512 {
		x -= 2
	}
	x += 2
	if x > 513 {
		x -= 3
	}
	x += 3
	if x > 514 {
		x -= 4
	}
	x += 4
	if x > 515 {
		x -= 5
	}
	x += 0
	if x > 516 {
		x -= 6
	}
	x += 1
	if x > 517 {
		x -= 7
	}
	x += 2
	if x > 518 {
		x -= 1
	}
	x += 3
	if x > 519 {
		x -= 2
	}
	x += 4
	if x > 520 {
		x -= 3
	}
	x += 0
	if x > 521 {
		x -= 4
	}
	x += 1
	if x > 522 {
		x -= 5
	}
	x += 2
	if x > 523 {
		x -= 6
	}
	x += 3
	if x > 524 {
		x -= 7
	}
	x += 4
	if x > 525 {
		x -= 1
	}
	x += 0
	if x > 526 {
		x -= 2
	}
	x += 1
	if x > 527 {
		x -= 3
	}
	x += 2
	if x > 528 {
		x -= 4
	}
	x += 3
	if x > 529 {
		x -= 5
	}
	x += 4
	if x > 530 {
		x -= 6
	}
	x += 0
	if x > 531 {
		x -= 7
	}
	x += 1
	if x > 532 {
		x -= 1
	}
	x += 2
	if x > 533 {
		x -= 2
	}
	x += 3
	if x > 534 {
		x -= 3
	}
	x += 4
	if x > 535 {
		x -= 4
	}
	x += 0
	if x > 536 {
		x -= 5
	}
	x += 1
	if x > 537 {
		x -= 6
	}
	x += 2
	if x > 538 {
		x -= 7
	}
	x += 3
	if x > 539 {
		x -= 1
	}
	x += 4
	if x > 540 {
		x -= 2
	}
	x += 0
	if x > 541 {
		x -= 3
	}
	x += 1
	if x > 542 {
		x -= 4
	}
	x += 2
	if x > 543 {
		x -= 5
	}
	x += 3
	if x > 544 {
		x -= 6
	}
	x += 4
	if x > 545 {
		x -= 7
	}
	x += 0
	if x > 546 {
		x -= 1
	}
	x += 1
	if x > 547 {
		x -= 2
	}
	x += 2
	if x > 548 {
		x -= 3
	}
	x += 3
	if x > 549 {
		x -= 4
	}
	x += 4
	if x > 550 {
		x -= 5
	}
	x += 0
	if x > 551 {
		x -= 6
	}
	x += 1
	if x > 552 {
		x -= 7
	}
	x += 2
	if x > 553 {
		x -= 1
	}
	x += 3
	if x > 554 {
		x -= 2
	}
	x += 4
	if x > 555 {
		x -= 3
	}
	x += 0
	if x > 556 {
		x -= 4
	}
	x += 1
	if x > 557 {
		x -= 5
	}
	x += 2
	if x > 558 {
		x -= 6
	}
	x += 3
	if x > 559 {
		x -= 7
	}
	x += 4
	if x > 560 {
		x -= 1
	}
	x += 0
	if x > 561 {
		x -= 2
	}
	x += 1
	if x > 562 {
		x -= 3
	}
	x += 2
	if x > 563 {
		x -= 4
	}
	x += 3
	if x > 564 {
		x -= 5
	}
	x += 4
	if x > 565 {
		x -= 6
	}
	x += 0
	if x > 566 {
		x -= 7
	}
	x += 1
	if x > 567 {
		x -= 1
	}
	x += 2
	if x > 568 {
		x -= 2
	}
	x += 3
	if x > 569 {
		x -= 3
	}
	x += 4
	if x > 570 {
		x -= 4
	}
	x += 0
	if x > 571 {
		x -= 5
	}
	x += 1
	if x > 572 {
		x -= 6
	}
	x += 2
	if x > 573 {
		x -= 7
	}
	x += 3
	if x > 574 {
		x -= 1
	}
	x += 4
	if x > 575 {
		x -= 2
	}
	x += 0
	if x > 576 {
		x -= 3
	}
	x += 1
	if x > 577 {
		x -= 4
	}
	x += 2
	if x > 578 {
		x -= 5
	}
	x += 3
	if x > 579 {
		x -= 6
	}
	x += 4
	if x > 580 {
		x -= 7
	}
	x += 0
	if x > 581 {
		x -= 1
	}
	x += 1
	if x > 582 {
		x -= 2
	}
	x += 2
	if x > 583 {
		x -= 3
	}
	x += 3
	if x > 584 {
		x -= 4
	}
	x += 4
	if x > 585 {
		x -= 5
	}
	x += 0
	if x > 586 {
		x -= 6
	}
	x += 1
	if x > 587 {
		x -= 7
	}
	x += 2
	if x > 588 {
		x -= 1
	}
	x += 3
	if x > 589 {
		x -= 2
	}
	x += 4
	if x > 590 {
		x -= 3
	}
	x += 0
	if x > 591 {
		x -= 4
	}
	x += 1
	if x > 592 {
		x -= 5
	}
	x += 2
	if x > 593 {
		x -= 6
	}
	x += 3
	if x > 594 {
		x -= 7
	}
	x += 4
	if x > 595 {
		x -= 1
	}
	x += 0
	if x > 596 {
		x -= 2
	}
	x += 1
	if x > 597 {
		x -= 3
	}
	x += 2
	if x > 598 {
		x -= 4
	}
	x += 3
	if x > 599 {
		x -= 5
	}
	x += 4
	if x > 600 {
		x -= 6
	}
	x += 0
	if x > 601 {
		x -= 7
	}
	x += 1
	if x > 602 {
		x -= 1
	}
	x += 2
	if x > 603 {
		x -= 2
	}
	x += 3
	if x > 604 {
		x -= 3
	}
	x += 4
	if x > 605 {
		x -= 4
	}
	x += 0
	if x > 606 {
		x -= 5
	}
	x += 1
	if x > 607 {
		x -= 6
	}
	x += 2
	if x > 608 {
		x -= 7
	}
	x += 3
	if x > 609 {
		x -= 1
	}
	x += 4
	if x > 610 {
		x -= 2
	}
	x += 0
	if x > 611 {
		x -= 3
	}
	x += 1
	if x > 612 {
		x -= 4
	}
	x += 2
	if x > 613 {
		x -= 5
	}
	x += 3
	if x > 614 {
		x -= 6
	}
	x += 4
	if x > 615 {
		x -= 7
	}
	x += 0
	if x > 616 {
		x -= 1
	}
	x += 1
	if x > 617 {
		x -= 2
	}
	x += 2
	if x > 618 {
		x -= 3
	}
	x += 3
	if x > 619 {
		x -= 4
	}
	x += 4
	if x > 620 {
		x -= 5
	}
	x += 0
	if x > 621 {
		x -= 6
	}
	x += 1
	if x > 622 {
		x -= 7
	}
	x += 2
	if x > 623 {
		x -= 1
	}
	x += 3
	if x > 624 {
		x -= 2
	}
	x += 4
	if x > 625 {
		x -= 3
	}
	x += 0
	if x > 626 {
		x -= 4
	}
	x += 1
	if x > 627 {
		x -= 5
	}
	x += 2
	if x > 628 {
		x -= 6
	}
	x += 3
	if x > 629 {
		x -= 7
	}
	x += 4
	if x > 630 {
		x -= 1
	}
	x += 0
	if x > 631 {
		x -= 2
	}
	x += 1
	if x > 632 {
		x -= 3
	}
	x += 2
	if x > 633 {
		x -= 4
	}
	x += 3
	if x > 634 {
		x -= 5
	}
	x += 4
	if x > 635 {
		x -= 6
	}
	x += 0
	if x > 636 {
		x -= 7
	}
	x += 1
	if x > 637 {
		x -= 1
	}
	x += 2
	if x > 638 {
		x -= 2
	}
	x += 3
	if x > 639 {
		x -= 3
	}
	x += 4
	if x > 640 {
		x -= 4
	}
	x += 0
	if x > 641 {
		x -= 5
	}
	x += 1
	if x > 642 {
		x -= 6
	}
	x += 2
	if x > 643 {
		x -= 7
	}
	x += 3
	if x > 644 {
		x -= 1
	}
	x += 4
	if x > 645 {
		x -= 2
	}
	x += 0
	if x > 646 {
		x -= 3
	}
	x += 1
	if x > 647 {
		x -= 4
	}
	x += 2
	if x > 648 {
		x -= 5
	}
	x += 3
	if x > 649 {
		x -= 6
	}
	x += 4
	if x > 650 {
		x -= 7
	}
	x += 0
	if x > 651 {
		x -= 1
	}
	x += 1
	if x > 652 {
		x -= 2
	}
	x += 2
	if x > 653 {
		x -= 3
	}
	x += 3
	if x > 654 {
		x -= 4
	}
	x += 4
	if x > 655 {
		x -= 5
	}
	x += 0
	if x > 656 {
		x -= 6
	}
	x += 1
	if x > 657 {
		x -= 7
	}
	x += 2
	if x > 658 {
		x -= 1
	}
	x += 3
	if x > 659 {
		x -= 2
	}
	x += 4
	if x > 660 {
		x -= 3
	}
	x += 0
	if x > 661 {
		x -= 4
	}
	x += 1
	if x > 662 {
		x -= 5
	}
	x += 2
	if x > 663 {
		x -= 6
	}
	x += 3
	if x > 664 {
		x -= 7
	}
	x += 4
	if x > 665 {
		x -= 1
	}
	x += 0
	if x > 666 {
		x -= 2
	}
	x += 1
	if x > 667 {
		x -= 3
	}
	x += 2
	if x > 668 {
		x -= 4
	}
	x += 3
	if x > 669 {
		x -= 5
	}
	x += 4
	if x > 670 {
		x -= 6
	}
	x += 0
	if x > 671 {
		x -= 7
	}
	x += 1
	if x > 672 {
		x -= 1
	}
	x += 2
	if x > 673 {
		x -= 2
	}
	x += 3
	if x > 674 {
		x -= 3
	}
	x += 4
	if x > 675 {
		x -= 4
	}
	x += 0
	if x > 676 {
		x -= 5
	}
	x += 1
	if x > 677 {
		x -= 6
	}
	x += 2
	if x > 678 {
		x -= 7
	}
	x += 3
	if x > 679 {
		x -= 1
	}
	x += 4
	if x > 680 {
		x -= 2
	}
	x += 0
	if x > 681 {
		x -= 3
	}
	x += 1
	if x > 682 {
		x -= 4
	}
	x += 2
	if x > 683 {
		x -= 5
	}
	x += 3
	if x > 684 {
		x -= 6
	}
	x += 4
	if x > 685 {
		x -= 7
	}
	x += 0
	if x > 686 {
		x -= 1
	}
	x += 1
	if x > 687 {
		x -= 2
	}
	x += 2
	if x > 688 {
		x -= 3
	}
	x += 3
	if x > 689 {
		x -= 4
	}
	x += 4
	if x > 690 {
		x -= 5
	}
	x += 0
	if x > 691 {
		x -= 6
	}
	x += 1
	if x > 692 {
		x -= 7
	}
	x += 2
	if x > 693 {
		x -= 1
	}
	x += 3
	if x > 694 {
		x -= 2
	}
	x += 4
	if x > 695 {
		x -= 3
	}
	x += 0
	if x > 696 {
		x -= 4
	}
	x += 1
	if x > 697 {
		x -= 5
	}
	x += 2
	if x > 698 {
		x -= 6
	}
	x += 3
	if x > 699 {
		x -= 7
	}
	x += 4
	if x > 700 {
		x -= 1
	}
	x += 0
	if x > 701 {
		x -= 2
	}
	x += 1
	if x > 702 {
		x -= 3
	}
	x += 2
	if x > 703 {
		x -= 4
	}
	x += 3
	if x > 704 {
		x -= 5
	}
	x += 4
	if x > 705 {
		x -= 6
	}
	x += 0
	if x > 706 {
		x -= 7
	}
	x += 1
	if x > 707 {
		x -= 1
	}
	x += 2
	if x > 708 {
		x -= 2
	}
	x += 3
	if x > 709 {
		x -= 3
	}
	x += 4
	if x > 710 {
		x -= 4
	}
	x += 0
	if x > 711 {
		x -= 5
	}
	x += 1
	if x > 712 {
		x -= 6
	}
	x += 2
	if x > 713 {
		x -= 7
	}
	x += 3
	if x > 714 {
		x -= 1
	}
	x += 4
	if x > 715 {
		x -= 2
	}
	x += 0
	if x > 716 {
		x -= 3
	}
	x += 1
	if x > 717 {
		x -= 4
	}
	x += 2
	if x > 718 {
		x -= 5
	}
	x += 3
	if x > 719 {
		x -= 6
	}
	x += 4
	if x > 720 {
		x -= 7
	}
	x += 0
	if x > 721 {
		x -= 1
	}
	x += 1
	if x > 722 {
		x -= 2
	}
	x += 2
	if x > 723 {
		x -= 3
	}
	x += 3
	if x > 724 {
		x -= 4
	}
	x += 4
	if x > 725 {
		x -= 5
	}
	x += 0
	if x > 726 {
		x -= 6
	}
	x += 1
	if x > 727 {
		x -= 7
	}
	x += 2
	if x > 728 {
		x -= 1
	}
	x += 3
	if x > 729 {
		x -= 2
	}
	x += 4
	if x > 730 {
		x -= 3
	}
	x += 0
	if x > 731 {
		x -= 4
	}
	x += 1
	if x > 732 {
		x -= 5
	}
	x += 2
	if x > 733 {
		x -= 6
	}
	x += 3
	if x > 734 {
		x -= 7
	}
	x += 4
	if x > 735 {
		x -= 1
	}
	x += 0
	if x > 736 {
		x -= 2
	}
	x += 1
	if x > 737 {
		x -= 3
	}
	x += 2
	if x > 738 {
		x -= 4
	}
	x += 3
	if x > 739 {
		x -= 5
	}
	x += 4
	if x > 740 {
		x -= 6
	}
	x += 0
	if x > 741 {
		x -= 7
	}
	x += 1
	if x > 742 {
		x -= 1
	}
	x += 2
	if x > 743 {
		x -= 2
	}
	x += 3
	if x > 744 {
		x -= 3
	}
	x += 4
	if x > 745 {
		x -= 4
	}
	x += 0
	if x > 746 {
		x -= 5
	}
	x += 1
	if x > 747 {
		x -= 6
	}
	x += 2
	if x > 748 {
		x -= 7
	}
	x += 3
	if x > 749 {
		x -= 1
	}
	x += 4
	if x > 750 {
		x -= 2
	}
	x += 0
	if x > 751 {
		x -= 3
	}
	x += 1
	if x > 752 {
		x -= 4
	}
	x += 2
	if x > 753 {
		x -= 5
	}
	x += 3
	if x > 754 {
		x -= 6
	}
	x += 4
	if x > 755 {
		x -= 7
	}
	x += 0
	if x > 756 {
		x -= 1
	}
	x += 1
	if x > 757 {
		x -= 2
	}
	x += 2
	if x > 758 {
		x -= 3
	}
	x += 3
	if x > 759 {
		x -= 4
	}
	x += 4
	if x > 760 {
		x -= 5
	}
	x += 0
	if x > 761 {
		x -= 6
	}
	x += 1
	if x > 762 {
		x -= 7
	}
	x += 2
	if x > 763 {
		x -= 1
	}
	x += 3
	if x > 764 {
		x -= 2
	}
	x += 4
	if x > 765 {
		x -= 3
	}
	x += 0
	if x > 766 {
		x -= 4
	}
	x += 1
	if x > 767 {
		x -= 5
	}
	x += 2
	if x > 768 {
		x -= 6
	}
	x += 3
	if x > 769 {
		x -= 7
	}
	x += 4
	if x > 770 {
		x -= 1
	}
	x += 0
	if x > 771 {
		x -= 2
	}
	x += 1
	if x > 772 {
		x -= 3
	}
	x += 2
	if x > 773 {
		x -= 4
	}
	x += 3
	if x > 774 {
		x -= 5
	}
	x += 4
	if x > 775 {
		x -= 6
	}
	x += 0
	if x > 776 {
		x -= 7
	}
	x += 1
	if x > 777 {
		x -= 1
	}
	x += 2
	if x > 778 {
		x -= 2
	}
	x += 3
	if x > 779 {
		x -= 3
	}
	x += 4
	if x > 780 {
		x -= 4
	}
	x += 0
	if x > 781 {
		x -= 5
	}
	x += 1
	if x > 782 {
		x -= 6
	}
	x += 2
	if x > 783 {
		x -= 7
	}
	x += 3
	if x > 784 {
		x -= 1
	}
	x += 4
	if x > 785 {
		x -= 2
	}
	x += 0
	if x > 786 {
		x -= 3
	}
	x += 1
	if x > 787 {
		x -= 4
	}
	x += 2
	if x > 788 {
		x -= 5
	}
	x += 3
	if x > 789 {
		x -= 6
	}
	x += 4
	if x > 790 {
		x -= 7
	}
	x += 0
	if x > 791 {
		x -= 1
	}
	x += 1
	if x > 792 {
		x -= 2
	}
	x += 2
	if x > 793 {
		x -= 3
	}
	x += 3
	if x > 794 {
		x -= 4
	}
	x += 4
	if x > 795 {
		x -= 5
	}
	x += 0
	if x > 796 {
		x -= 6
	}
	x += 1
	if x > 797 {
		x -= 7
	}
	x += 2
	if x > 798 {
		x -= 1
	}
	x += 3
	if x > 799 {
		x -= 2
	}
	x += 4
	if x > 800 {
		x -= 3
	}
	x += 0
	if x > 801 {
		x -= 4
	}
	x += 1
	if x > 802 {
		x -= 5
	}
	x += 2
	if x > 803 {
		x -= 6
	}
	x += 3
	if x > 804 {
		x -= 7
	}
	x += 4
	if x > 805 {
		x -= 1
	}
	x += 0
	if x > 806 {
		x -= 2
	}
	x += 1
	if x > 807 {
		x -= 3
	}
	x += 2
	if x > 808 {
		x -= 4
	}
	x += 3
	if x > 809 {
		x -= 5
	}
	x += 4
	if x > 810 {
		x -= 6
	}
	x += 0
	if x > 811 {
		x -= 7
	}
	x += 1
	if x > 812 {
		x -= 1
	}
	x += 2
	if x > 813 {
		x -= 2
	}
	x += 3
	if x > 814 {
		x -= 3
	}
	x += 4
	if x > 815 {
		x -= 4
	}
	x += 0
	if x > 816 {
		x -= 5
	}
	x += 1
	if x > 817 {
		x -= 6
	}
	x += 2
	if x > 818 {
		x -= 7
	}
	x += 3
	if x > 819 {
		x -= 1
	}
	x += 4
	if x > 820 {
		x -= 2
	}
	x += 0
	if x > 821 {
		x -= 3
	}
	x += 1
	if x > 822 {
		x -= 4
	}
	x += 2
	if x > 823 {
		x -= 5
	}
	x += 3
	if x > 824 {
		x -= 6
	}
	x += 4
	if x > 825 {
		x -= 7
	}
	x += 0
	if x > 826 {
		x -= 1
	}
	x += 1
	if x > 827 {
		x -= 2
	}
	x += 2
	if x > 828 {
		x -= 3
	}
	x += 3
	if x > 829 {
		x -= 4
	}
	x += 4
	if x > 830 {
		x -= 5
	}
	x += 0
	if x > 831 {
		x -= 6
	}
	x += 1
	if x > 832 {
		x -= 7
	}
	x += 2
	if x > 833 {
		x -= 1
	}
	x += 3
	if x > 834 {
		x -= 2
	}
	x += 4
	if x > 835 {
		x -= 3
	}
	x += 0
	if x > 836 {
		x -= 4
	}
	x += 1
	if x > 837 {
		x -= 5
	}
	x += 2
	if x > 838 {
		x -= 6
	}
	x += 3
	if x > 839 {
		x -= 7
	}
	x += 4
	if x > 840 {
		x -= 1
	}
	x += 0
	if x > 841 {
		x -= 2
	}
	x += 1
	if x > 842 {
		x -= 3
	}
	x += 2
	if x > 843 {
		x -= 4
	}
	x += 3
	if x > 844 {
		x -= 5
	}
	x += 4
	if x > 845 {
		x -= 6
	}
	x += 0
	if x > 846 {
		x -= 7
	}
	x += 1
	if x > 847 {
		x -= 1
	}
	x += 2
	if x > 848 {
		x -= 2
	}
	x += 3
	if x > 849 {
		x -= 3
	}
	x += 4
	if x > 850 {
		x -= 4
	}
	x += 0
	if x > 851 {
		x -= 5
	}
	x += 1
	if x > 852 {
		x -= 6
	}
	x += 2
	if x > 853 {
		x -= 7
	}
	x += 3
	if x > 854 {
		x -= 1
	}
	x += 4
	if x > 855 {
		x -= 2
	}
	x += 0
	if x > 856 {
		x -= 3
	}
	x += 1
	if x > 857 {
		x -= 4
	}
	x += 2
	if x > 858 {
		x -= 5
	}
	x += 3
	if x > 859 {
		x -= 6
	}
	x += 4
	if x > 860 {
		x -= 7
	}
	x += 0
	if x > 861 {
		x -= 1
	}
	x += 1
	if x > 862 {
		x -= 2
	}
	x += 2
	if x > 863 {
		x -= 3
	}
	x += 3
	if x > 864 {
		x -= 4
	}
	x += 4
	if x > 865 {
		x -= 5
	}
	x += 0
	if x > 866 {
		x -= 6
	}
	x += 1
	if x > 867 {
		x -= 7
	}
	x += 2
	if x > 868 {
		x -= 1
	}
	x += 3
	if x > 869 {
		x -= 2
	}
	x += 4
	if x > 870 {
		x -= 3
	}
	x += 0
	if x > 871 {
		x -= 4
	}
	x += 1
	if x > 872 {
		x -= 5
	}
	x += 2
	if x > 873 {
		x -= 6
	}
	x += 3
	if x > 874 {
		x -= 7
	}
	x += 4
	if x > 875 {
		x -= 1
	}
	x += 0
	if x > 876 {
		x -= 2
	}
	x += 1
	if x > 877 {
		x -= 3
	}
	x += 2
	if x > 878 {
		x -= 4
	}
	x += 3
	if x > 879 {
		x -= 5
	}
	x += 4
	if x > 880 {
		x -= 6
	}
	x += 0
	if x > 881 {
		x -= 7
	}
	x += 1
	if x > 882 {
		x -= 1
	}
	x += 2
	if x > 883 {
		x -= 2
	}
	x += 3
	if x > 884 {
		x -= 3
	}
	x += 4
	if x > 885 {
		x -= 4
	}
	x += 0
	if x > 886 {
		x -= 5
	}
	x += 1
	if x > 887 {
		x -= 6
	}
	x += 2
	if x > 888 {
		x -= 7
	}
	x += 3
	if x > 889 {
		x -= 1
	}
	x += 4
	if x > 890 {
		x -= 2
	}
	x += 0
	if x > 891 {
		x -= 3
	}
	x += 1
	if x > 892 {
		x -= 4
	}
	x += 2
	if x > 893 {
		x -= 5
	}
	x += 3
	if x > 894 {
		x -= 6
	}
	x += 4
	if x > 895 {
		x -= 7
	}
	x += 0
	if x > 896 {
		x -= 1
	}
	x += 1
	if x > 897 {
		x -= 2
	}
	x += 2
	if x > 898 {
		x -= 3
	}
	x += 3
	if x > 899 {
		x -= 4
	}
	x += 4
	if x > 900 {
		x -= 5
	}
	x += 0
	if x > 901 {
		x -= 6
	}
	x += 1
	if x > 902 {
		x -= 7
	}
	x += 2
	if x > 903 {
		x -= 1
	}
	x += 3
	if x > 904 {
		x -= 2
	}
	x += 4
	if x > 905 {
		x -= 3
	}
	x += 0
	if x > 906 {
		x -= 4
	}
	x += 1
	if x > 907 {
		x -= 5
	}
	x += 2
	if x > 908 {
		x -= 6
	}
	x += 3
	if x > 909 {
		x -= 7
	}
	x += 4
	if x > 910 {
		x -= 1
	}
	x += 0
	if x > 911 {
		x -= 2
	}
	x += 1
	if x > 912 {
		x -= 3
	}
	x += 2
	if x > 913 {
		x -= 4
	}
	x += 3
	if x > 914 {
		x -= 5
	}
	x += 4
	if x > 915 {
		x -= 6
	}
	x += 0
	if x > 916 {
		x -= 7
	}
	x += 1
	if x > 917 {
		x -= 1
	}
	x += 2
	if x > 918 {
		x -= 2
	}
	x += 3
	if x > 919 {
		x -= 3
	}
	x += 4
	if x > 920 {
		x -= 4
	}
	x += 0
	if x > 921 {
		x -= 5
	}
	x += 1
	if x > 922 {
		x -= 6
	}
	x += 2
	if x > 923 {
		x -= 7
	}
	x += 3
	if x > 924 {
		x -= 1
	}
	x += 4
	if x > 925 {
		x -= 2
	}
	x += 0
	if x > 926 {
		x -= 3
	}
	x += 1
	if x > 927 {
		x -= 4
	}
	x += 2
	if x > 928 {
		x -= 5
	}
	x += 3
	if x > 929 {
		x -= 6
	}
	x += 4
	if x > 930 {
		x -= 7
	}
	x += 0
	if x > 931 {
		x -= 1
	}
	x += 1
	if x > 932 {
		x -= 2
	}
	x += 2
	if x > 933 {
		x -= 3
	}
	x += 3
	if x > 934 {
		x -= 4
	}
	x += 4
	if x > 935 {
		x -= 5
	}
	x += 0
	if x > 936 {
		x -= 6
	}
	x += 1
	if x > 937 {
		x -= 7
	}
	x += 2
	if x > 938 {
		x -= 1
	}
	x += 3
	if x > 939 {
		x -= 2
	}
	x += 4
	if x > 940 {
		x -= 3
	}
	x += 0
	if x > 941 {
		x -= 4
	}
	x += 1
	if x > 942 {
		x -= 5
	}
	x += 2
	if x > 943 {
		x -= 6
	}
	x += 3
	if x > 944 {
		x -= 7
	}
	x += 4
	if x > 945 {
		x -= 1
	}
	x += 0
	if x > 946 {
		x -= 2
	}
	x += 1
	if x > 947 {
		x -= 3
	}
	x += 2
	if x > 948 {
		x -= 4
	}
	x += 3
	if x > 949 {
		x -= 5
	}
	x += 4
	if x > 950 {
		x -= 6
	}
	x += 0
	if x > 951 {
		x -= 7
	}
	x += 1
	if x > 952 {
		x -= 1
	}
	x += 2
	if x > 953 {
		x -= 2
	}
	x += 3
	if x > 954 {
		x -= 3
	}
	x += 4
	if x > 955 {
		x -= 4
	}
	x += 0
	if x > 956 {
		x -= 5
	}
	x += 1
	if x > 957 {
		x -= 6
	}
	x += 2
	if x > 958 {
		x -= 7
	}
	x += 3
	if x > 959 {
		x -= 1
	}
	x += 4
	if x > 960 {
		x -= 2
	}
	x += 0
	if x > 961 {
		x -= 3
	}
	x += 1
	if x > 962 {
		x -= 4
	}
	x += 2
	if x > 963 {
		x -= 5
	}
	x += 3
	if x > 964 {
		x -= 6
	}
	x += 4
	if x > 965 {
		x -= 7
	}
	x += 0
	if x > 966 {
		x -= 1
	}
	x += 1
	if x > 967 {
		x -= 2
	}
	x += 2
	if x > 968 {
		x -= 3
	}
	x += 3
	if x > 969 {
		x -= 4
	}
	x += 4
	if x > 970 {
		x -= 5
	}
	x += 0
	if x > 971 {
		x -= 6
	}
	x += 1
	if x > 972 {
		x -= 7
	}
	x += 2
	if x > 973 {
		x -= 1
	}
	x += 3
	if x > 974 {
		x -= 2
	}
	x += 4
	if x > 975 {
		x -= 3
	}
	x += 0
	if x > 976 {
		x -= 4
	}
	x += 1
	if x > 977 {
		x -= 5
	}
	x += 2
	if x > 978 {
		x -= 6
	}
	x += 3
	if x > 979 {
		x -= 7
	}
	x += 4
	if x > 980 {
		x -= 1
	}
	x += 0
	if x > 981 {
		x -= 2
	}
	x += 1
	if x > 982 {
		x -= 3
	}
	x += 2
	if x > 983 {
		x -= 4
	}
	x += 3
	if x > 984 {
		x -= 5
	}
	x += 4
	if x > 985 {
		x -= 6
	}
	x += 0
	if x > 986 {
		x -= 7
	}
	x += 1
	if x > 987 {
		x -= 1
	}
	x += 2
	if x > 988 {
		x -= 2
	}
	x += 3
	if x > 989 {
		x -= 3
	}
	x += 4
	if x > 990 {
		x -= 4
	}
	x += 0
	if x > 991 {
		x -= 5
	}
	x += 1
	if x > 992 {
		x -= 6
	}
	x += 2
	if x > 993 {
		x -= 7
	}
	x += 3
	if x > 994 {
		x -= 1
	}
	x += 4
	if x > 995 {
		x -= 2
	}
	x += 0
	if x > 996 {
		x -= 3
	}
	x += 1
	if x > 997 {
		x -= 4
	}
	x += 2
	if x > 998 {
		x -= 5
	}
	x += 3
	if x > 999 {
		x -= 6
	}
	x += 4
	if x > 1000 {
		x -= 7
	}
	x += 0
	if x > 1001 {
		x -= 1
	}
	x += 1
	if x > 1002 {
		x -= 2
	}
	x += 2
	if x > 1003 {
		x -= 3
	}
	x += 3
	if x > 1004 {
		x -= 4
	}
	x += 4
	if x > 1005 {
		x -= 5
	}
	x += 0
	if x > 1006 {
		x -= 6
	}
	x += 1
	if x > 1007 {
		x -= 7
	}
	x += 2
	if x > 1008 {
		x -= 1
	}
	x += 3
	if x > 1009 {
		x -= 2
	}
	x += 4
	if x > 1010 {
		x -= 3
	}
	x += 0
	if x > 1011 {
		x -= 4
	}
	x += 1
	if x > 1012 {
		x -= 5
	}
	x += 2
	if x > 1013 {
		x -= 6
	}
	x += 3
	if x > 1014 {
		x -= 7
	}
	x += 4
	if x > 1015 {
		x -= 1
	}
	x += 0
	if x > 1016 {
		x -= 2
	}
	x += 1
	if x > 1017 {
		x -= 3
	}
	x += 2
	if x > 1018 {
		x -= 4
	}
	x += 3
	if x > 1019 {
		x -= 5
	}
	x += 4
	if x > 1020 {
		x -= 6
	}
	x += 0
	if x > 1021 {
		x -= 7
	}
	x += 1
	if x > 1022 {
		x -= 1
	}
	x += 2
	if x > 1023 {
		x -= 2
	}
	x += 3
	if x > 1024 {
		x -= 3
	}
	x += 4
	if x > 1025 {
		x -= 4
	}
	x += 0
	if x > 1026 {
		x -= 5
	}
	x += 1
	if x > 1027 {
		x -= 6
	}
	x += 2
	if x > 1028 {
		x -= 7
	}
	x += 3
	if x > 1029 {
		x -= 1
	}
	x += 4
	if x > 1030 {
		x -= 2
	}
	x += 0
	if x > 1031 {
		x -= 3
	}
	x += 1
	if x > 1032 {
		x -= 4
	}
	x += 2
	if x > 1033 {
		x -= 5
	}
	x += 3
	if x > 1034 {
		x -= 6
	}
	x += 4
	if x > 1035 {
		x -= 7
	}
	x += 0
	if x > 1036 {
		x -= 1
	}
	x += 1
	if x > 1037 {
		x -= 2
	}
	x += 2
	if x > 1038 {
		x -= 3
	}
	x += 3
	if x > 1039 {
		x -= 4
	}
	x += 4
	if x > 1040 {
		x -= 5
	}
	x += 0
	if x > 1041 {
		x -= 6
	}
	x += 1
	if x > 1042 {
		x -= 7
	}
	x += 2
	if x > 1043 {
		x -= 1
	}
	x += 3
	if x > 1044 {
		x -= 2
	}
	x += 4
	if x > 1045 {
		x -= 3
	}
	x += 0
	if x > 1046 {
		x -= 4
	}
	x += 1
	if x > 1047 {
		x -= 5
	}
	x += 2
	if x > 1048 {
		x -= 6
	}
	x += 3
	if x > 1049 {
		x -= 7
	}
	x += 4
	if x > 1050 {
		x -= 1
	}
	x += 0
	if x > 1051 {
		x -= 2
	}
	x += 1
	if x > 1052 {
		x -= 3
	}
	x += 2
	if x > 1053 {
		x -= 4
	}
	x += 3
	if x > 1054 {
		x -= 5
	}
	x += 4
	if x > 1055 {
		x -= 6
	}
	x += 0
	if x > 1056 {
		x -= 7
	}
	x += 1
	if x > 1057 {
		x -= 1
	}
	x += 2
	if x > 1058 {
		x -= 2
	}
	x += 3
	if x > 1059 {
		x -= 3
	}
	x += 4
	if x > 1060 {
		x -= 4
	}
	x += 0
	if x > 1061 {
		x -= 5
	}
	x += 1
	if x > 1062 {
		x -= 6
	}
	x += 2
	if x > 1063 {
		x -= 7
	}
	x += 3
	if x > 1064 {
		x -= 1
	}
	x += 4
	if x > 1065 {
		x -= 2
	}
	x += 0
	if x > 1066 {
		x -= 3
	}
	x += 1
	if x > 1067 {
		x -= 4
	}
	x += 2
	if x > 1068 {
		x -= 5
	}
	x += 3
	if x > 1069 {
		x -= 6
	}
	x += 4
	if x > 1070 {
		x -= 7
	}
	x += 0
	if x > 1071 {
		x -= 1
	}
	x += 1
	if x > 1072 {
		x -= 2
	}
	x += 2
	if x > 1073 {
		x -= 3
	}
	x += 3
	if x > 1074 {
		x -= 4
	}
	x += 4
	if x > 1075 {
		x -= 5
	}
	x += 0
	if x > 1076 {
		x -= 6
	}
	x += 1
	if x > 1077 {
		x -= 7
	}
	x += 2
	if x > 1078 {
		x -= 1
	}
	x += 3
	if x > 1079 {
		x -= 2
	}
	x += 4
	if x > 1080 {
		x -= 3
	}
	x += 0
	if x > 1081 {
		x -= 4
	}
	x += 1
	if x > 1082 {
		x -= 5
	}
	x += 2
	if x > 1083 {
		x -= 6
	}
	x += 3
	if x > 1084 {
		x -= 7
	}
	x += 4
	if x > 1085 {
		x -= 1
	}
	x += 0
	if x > 1086 {
		x -= 2
	}
	x += 1
	if x > 1087 {
		x -= 3
	}
	x += 2
	if x > 1088 {
		x -= 4
	}
	x += 3
	if x > 1089 {
		x -= 5
	}
	x += 4
	if x > 1090 {
		x -= 6
	}
	x += 0
	if x > 1091 {
		x -= 7
	}
	x += 1
	if x > 1092 {
		x -= 1
	}
	x += 2
	if x > 1093 {
		x -= 2
	}
	x += 3
	if x > 1094 {
		x -= 3
	}
	x += 4
	if x > 1095 {
		x -= 4
	}
	x += 0
	if x > 1096 {
		x -= 5
	}
	x += 1
	if x > 1097 {
		x -= 6
	}
	x += 2
	if x > 1098 {
		x -= 7
	}
	x += 3
	if x > 1099 {
		x -= 1
	}
	x += 4
	if x > 1100 {
		x -= 2
	}
	x += 0
	if x > 1101 {
		x -= 3
	}
	x += 1
	if x > 1102 {
		x -= 4
	}
	x += 2
	if x > 1103 {
		x -= 5
	}
	x += 3
	if x > 1104 {
		x -= 6
	}
	x += 4
	if x > 1105 {
		x -= 7
	}
	x += 0
	if x > 1106 {
		x -= 1
	}
	x += 1
	if x > 1107 {
		x -= 2
	}
	x += 2
	if x > 1108 {
		x -= 3
	}
	x += 3
	if x > 1109 {
		x -= 4
	}
	x += 4
	if x > 1110 {
		x -= 5
	}
	x += 0
	if x > 1111 {
		x -= 6
	}
	x += 1
	if x > 1112 {
		x -= 7
	}
	x += 2
	if x > 1113 {
		x -= 1
	}
	x += 3
	if x > 1114 {
		x -= 2
	}
	x += 4
	if x > 1115 {
		x -= 3
	}
	x += 0
	if x > 1116 {
		x -= 4
	}
	x += 1
	if x > 1117 {
		x -= 5
	}
	x += 2
	if x > 1118 {
		x -= 6
	}
	x += 3
	if x > 1119 {
		x -= 7
	}
	x += 4
	if x > 1120 {
		x -= 1
	}
	x += 0
	if x > 1121 {
		x -= 2
	}
	x += 1
	if x > 1122 {
		x -= 3
	}
	x += 2
	if x > 1123 {
		x -= 4
	}
	x += 3
	if x > 1124 {
		x -= 5
	}
	x += 4
	if x > 1125 {
		x -= 6
	}
	x += 0
	if x > 1126 {
		x -= 7
	}
	x += 1
	if x > 1127 {
		x -= 1
	}
	x += 2
	if x > 1128 {
		x -= 2
	}
	x += 3
	if x > 1129 {
		x -= 3
	}
	x += 4
	if x > 1130 {
		x -= 4
	}
	x += 0
	if x > 1131 {
		x -= 5
	}
	x += 1
	if x > 1132 {
		x -= 6
	}
	x += 2
	if x > 1133 {
		x -= 7
	}
	x += 3
	if x > 1134 {
		x -= 1
	}
	x += 4
	if x > 1135 {
		x -= 2
	}
	x += 0
	if x > 1136 {
		x -= 3
	}
	x += 1
	if x > 1137 {
		x -= 4
	}
	x += 2
	if x > 1138 {
		x -= 5
	}
	x += 3
	if x > 1139 {
		x -= 6
	}
	x += 4
	if x > 1140 {
		x -= 7
	}
	x += 0
	if x > 1141 {
		x -= 1
	}
	x += 1
	if x > 1142 {
		x -= 2
	}
	x += 2
	if x > 1143 {
		x -= 3
	}
	x += 3
	if x > 1144 {
		x -= 4
	}
	x += 4
	if x > 1145 {
		x -= 5
	}
	x += 0
	if x > 1146 {
		x -= 6
	}
	x += 1
	if x > 1147 {
		x -= 7
	}
	x += 2
	if x > 1148 {
		x -= 1
	}
	x += 3
	if x > 1149 {
		x -= 2
	}
	x += 4
	if x > 1150 {
		x -= 3
	}
	x += 0
	if x > 1151 {
		x -= 4
	}
	x += 1
	if x > 1152 {
		x -= 5
	}
	x += 2
	if x > 1153 {
		x -= 6
	}
	x += 3
	if x > 1154 {
		x -= 7
	}
	x += 4
	if x > 1155 {
		x -= 1
	}
	x += 0
	if x > 1156 {
		x -= 2
	}
	x += 1
	if x > 1157 {
		x -= 3
	}
	x += 2
	if x > 1158 {
		x -= 4
	}
	x += 3
	if x > 1159 {
		x -= 5
	}
	x += 4
	if x > 1160 {
		x -= 6
	}
	x += 0
	if x > 1161 {
		x -= 7
	}
	x += 1
	if x > 1162 {
		x -= 1
	}
	x += 2
	if x > 1163 {
		x -= 2
	}
	x += 3
	if x > 1164 {
		x -= 3
	}
	x += 4
	if x > 1165 {
		x -= 4
	}
	x += 0
	if x > 1166 {
		x -= 5
	}
	x += 1
	if x > 1167 {
		x -= 6
	}
	x += 2
	if x > 1168 {
		x -= 7
	}
	x += 3
	if x > 1169 {
		x -= 1
	}
	x += 4
	if x > 1170 {
		x -= 2
	}
	x += 0
	if x > 1171 {
		x -= 3
	}
	x += 1
	if x > 1172 {
		x -= 4
	}
	x += 2
	if x > 1173 {
		x -= 5
	}
	x += 3
	if x > 1174 {
		x -= 6
	}
	x += 4
	if x > 1175 {
		x -= 7
	}
	x += 0
	if x > 1176 {
		x -= 1
	}
	x += 1
	if x > 1177 {
		x -= 2
	}
	x += 2
	if x > 1178 {
		x -= 3
	}
	x += 3
	if x > 1179 {
		x -= 4
	}
	x += 4
	if x > 1180 {
		x -= 5
	}
	x += 0
	if x > 1181 {
		x -= 6
	}
	x += 1
	if x > 1182 {
		x -= 7
	}
	x += 2
	if x > 1183 {
		x -= 1
	}
	x += 3
	if x > 1184 {
		x -= 2
	}
	x += 4
	if x > 1185 {
		x -= 3
	}
	x += 0
	if x > 1186 {
		x -= 4
	}
	x += 1
	if x > 1187 {
		x -= 5
	}
	x += 2
	if x > 1188 {
		x -= 6
	}
	x += 3
	if x > 1189 {
		x -= 7
	}
	x += 4
	if x > 1190 {
		x -= 1
	}
	x += 0
	if x > 1191 {
		x -= 2
	}
	x += 1
	if x > 1192 {
		x -= 3
	}
	x += 2
	if x > 1193 {
		x -= 4
	}
	x += 3
	if x > 1194 {
		x -= 5
	}
	x += 4
	if x > 1195 {
		x -= 6
	}
	x += 0
	if x > 1196 {
		x -= 7
	}
	x += 1
	if x > 1197 {
		x -= 1
	}
	x += 2
	if x > 1198 {
		x -= 2
	}
	x += 3
	if x > 1199 {
		x -= 3
	}
	x += 4
	if x > 1200 {
		x -= 4
	}
	x += 0
	if x > 1201 {
		x -= 5
	}
	x += 1
	if x > 1202 {
		x -= 6
	}
	x += 2
	if x > 1203 {
		x -= 7
	}
	x += 3
	if x > 1204 {
		x -= 1
	}
	x += 4
	if x > 1205 {
		x -= 2
	}
	x += 0
	if x > 1206 {
		x -= 3
	}
	x += 1
	if x > 1207 {
		x -= 4
	}
	x += 2
	if x > 1208 {
		x -= 5
	}
	x += 3
	if x > 1209 {
		x -= 6
	}
	x += 4
	if x > 1210 {
		x -= 7
	}
	x += 0
	if x > 1211 {
		x -= 1
	}
	x += 1
	if x > 1212 {
		x -= 2
	}
	x += 2
	if x > 1213 {
		x -= 3
	}
	x += 3
	if x > 1214 {
		x -= 4
	}
	x += 4
	if x > 1215 {
		x -= 5
	}
	x += 0
	if x > 1216 {
		x -= 6
	}
	x += 1
	if x > 1217 {
		x -= 7
	}
	x += 2
	if x > 1218 {
		x -= 1
	}
	x += 3
	if x > 1219 {
		x -= 2
	}
	x += 4
	if x > 1220 {
		x -= 3
	}
	x += 0
	if x > 1221 {
		x -= 4
	}
	x += 1
	if x > 1222 {
		x -= 5
	}
	x += 2
	if x > 1223 {
		x -= 6
	}
	x += 3
	if x > 1224 {
		x -= 7
	}
	x += 4
	if x > 1225 {
		x -= 1
	}
	x += 0
	if x > 1226 {
		x -= 2
	}
	x += 1
	if x > 1227 {
		x -= 3
	}
	x += 2
	if x > 1228 {
		x -= 4
	}
	x += 3
	if x > 1229 {
		x -= 5
	}
	x += 4
	if x > 1230 {
		x -= 6
	}
	x += 0
	if x > 1231 {
		x -= 7
	}
	x += 1
	if x > 1232 {
		x -= 1
	}
	x += 2
	if x > 1233 {
		x -= 2
	}
	x += 3
	if x > 1234 {
		x -= 3
	}
	x += 4
	if x > 1235 {
		x -= 4
	}
	x += 0
	if x > 1236 {
		x -= 5
	}
	x += 1
	if x > 1237 {
		x -= 6
	}
	x += 2
	if x > 1238 {
		x -= 7
	}
	x += 3
	if x > 1239 {
		x -= 1
	}
	x += 4
	if x > 1240 {
		x -= 2
	}
	x += 0
	if x > 1241 {
		x -= 3
	}
	x += 1
	if x > 1242 {
		x -= 4
	}
	x += 2
	if x > 1243 {
		x -= 5
	}
	x += 3
	if x > 1244 {
		x -= 6
	}
	x += 4
	if x > 1245 {
		x -= 7
	}
	x += 0
	if x > 1246 {
		x -= 1
	}
	x += 1
	if x > 1247 {
		x -= 2
	}
	x += 2
	if x > 1248 {
		x -= 3
	}
	x += 3
	if x > 1249 {
		x -= 4
	}
	x += 4
	if x > 1250 {
		x -= 5
	}
	x += 0
	if x > 1251 {
		x -= 6
	}
	x += 1
	if x > 1252 {
		x -= 7
	}
	x += 2
	if x > 1253 {
		x -= 1
	}
	x += 3
	if x > 1254 {
		x -= 2
	}
	x += 4
	if x > 1255 {
		x -= 3
	}
	x += 0
	if x > 1256 {
		x -= 4
	}
	x += 1
	if x > 1257 {
		x -= 5
	}
	x += 2
	if x > 1258 {
		x -= 6
	}
	x += 3
	if x > 1259 {
		x -= 7
	}
	x += 4
	if x > 1260 {
		x -= 1
	}
	x += 0
	if x > 1261 {
		x -= 2
	}
	x += 1
	if x > 1262 {
		x -= 3
	}
	x += 2
	if x > 1263 {
		x -= 4
	}
	x += 3
	if x > 1264 {
		x -= 5
	}
	x += 4
	if x > 1265 {
		x -= 6
	}
	x += 0
	if x > 1266 {
		x -= 7
	}
	x += 1
	if x > 1267 {
		x -= 1
	}
	x += 2
	if x > 1268 {
		x -= 2
	}
	x += 3
	if x > 1269 {
		x -= 3
	}
	x += 4
	if x > 1270 {
		x -= 4
	}
	x += 0
	if x > 1271 {
		x -= 5
	}
	x += 1
	if x > 1272 {
		x -= 6
	}
	x += 2
	if x > 1273 {
		x -= 7
	}
	x += 3
	if x > 1274 {
		x -= 1
	}
	x += 4
	if x > 1275 {
		x -= 2
	}
	x += 0
	if x > 1276 {
		x -= 3
	}
	x += 1
	if x > 1277 {
		x -= 4
	}
	x += 2
	if x > 1278 {
		x -= 5
	}
	x += 3
	if x > 1279 {
		x -= 6
	}
	x += 4
	if x > 1280 {
		x -= 7
	}
	x += 0
	if x > 1281 {
		x -= 1
	}
	x += 1
	if x > 1282 {
		x -= 2
	}
	x += 2
	if x > 1283 {
		x -= 3
	}
	x += 3
	if x > 1284 {
		x -= 4
	}
	x += 4
	if x > 1285 {
		x -= 5
	}
	x += 0
	if x > 1286 {
		x -= 6
	}
	x += 1
	if x > 1287 {
		x -= 7
	}
	x += 2
	if x > 1288 {
		x -= 1
	}
	x += 3
	if x > 1289 {
		x -= 2
	}
	x += 4
	if x > 1290 {
		x -= 3
	}
	x += 0
	if x > 1291 {
		x -= 4
	}
	x += 1
	if x > 1292 {
		x -= 5
	}
	x += 2
	if x > 1293 {
		x -= 6
	}
	x += 3
	if x > 1294 {
		x -= 7
	}
	x += 4
	if x > 1295 {
		x -= 1
	}
	x += 0
	if x > 1296 {
		x -= 2
	}
	x += 1
	if x > 1297 {
		x -= 3
	}
	x += 2
	if x > 1298 {
		x -= 4
	}
	x += 3
	if x > 1299 {
		x -= 5
	}
	x += 4
	if x > 1300 {
		x -= 6
	}
	x += 0
	if x > 1301 {
		x -= 7
	}
	x += 1
	if x > 1302 {
		x -= 1
	}
	x += 2
	if x > 1303 {
		x -= 2
	}
	x += 3
	if x > 1304 {
		x -= 3
	}
	x += 4
	if x > 1305 {
		x -= 4
	}
	x += 0
	if x > 1306 {
		x -= 5
	}
	x += 1
	if x > 1307 {
		x -= 6
	}
	x += 2
	if x > 1308 {
		x -= 7
	}
	x += 3
	if x > 1309 {
		x -= 1
	}
	x += 4
	if x > 1310 {
		x -= 2
	}
	x += 0
	if x > 1311 {
		x -= 3
	}
	x += 1
	if x > 1312 {
		x -= 4
	}
	x += 2
	if x > 1313 {
		x -= 5
	}
	x += 3
	if x > 1314 {
		x -= 6
	}
	x += 4
	if x > 1315 {
		x -= 7
	}
	x += 0
	if x > 1316 {
		x -= 1
	}
	x += 1
	if x > 1317 {
		x -= 2
	}
	x += 2
	if x > 1318 {
		x -= 3
	}
	x += 3
	if x > 1319 {
		x -= 4
	}
	x += 4
	if x > 1320 {
		x -= 5
	}
	x += 0
	if x > 1321 {
		x -= 6
	}
	x += 1
	if x > 1322 {
		x -= 7
	}
	x += 2
	if x > 1323 {
		x -= 1
	}
	x += 3
	if x > 1324 {
		x -= 2
	}
	x += 4
	if x > 1325 {
		x -= 3
	}
	x += 0
	if x > 1326 {
		x -= 4
	}
	x += 1
	if x > 1327 {
		x -= 5
	}
	x += 2
	if x > 1328 {
		x -= 6
	}
	x += 3
	if x > 1329 {
		x -= 7
	}
	x += 4
	if x > 1330 {
		x -= 1
	}
	x += 0
	if x > 1331 {
		x -= 2
	}
	x += 1
	if x > 1332 {
		x -= 3
	}
	x += 2
	if x > 1333 {
		x -= 4
	}
	x += 3
	if x > 1334 {
		x -= 5
	}
	x += 4
	if x > 1335 {
		x -= 6
	}
	x += 0
	if x > 1336 {
		x -= 7
	}
	x += 1
	if x > 1337 {
		x -= 1
	}
	x += 2
	if x > 1338 {
		x -= 2
	}
	x += 3
	if x > 1339 {
		x -= 3
	}
	x += 4
	if x > 1340 {
		x -= 4
	}
	x += 0
	if x > 1341 {
		x -= 5
	}
	x += 1
	if x > 1342 {
		x -= 6
	}
	x += 2
	if x > 1343 {
		x -= 7
	}
	x += 3
	if x > 1344 {
		x -= 1
	}
	x += 4
	if x > 1345 {
		x -= 2
	}
	x += 0
	if x > 1346 {
		x -= 3
	}
	x += 1
	if x > 1347 {
		x -= 4
	}
	x += 2
	if x > 1348 {
		x -= 5
	}
	x += 3
	if x > 1349 {
		x -= 6
	}
	x += 4
	if x > 1350 {
		x -= 7
	}
	x += 0
	if x > 1351 {
		x -= 1
	}
	x += 1
	if x > 1352 {
		x -= 2
	}
	x += 2
	if x > 1353 {
		x -= 3
	}
	x += 3
	if x > 1354 {
		x -= 4
	}
	x += 4
	if x > 1355 {
		x -= 5
	}
	x += 0
	if x > 1356 {
		x -= 6
	}
	x += 1
	if x > 1357 {
		x -= 7
	}
	x += 2
	if x > 1358 {
		x -= 1
	}
	x += 3
	if x > 1359 {
		x -= 2
	}
	x += 4
	if x > 1360 {
		x -= 3
	}
	x += 0
	if x > 1361 {
		x -= 4
	}
	x += 1
	if x > 1362 {
		x -= 5
	}
	x += 2
	if x > 1363 {
		x -= 6
	}
	x += 3
	if x > 1364 {
		x -= 7
	}
	x += 4
	if x > 1365 {
		x -= 1
	}
	x += 0
	if x > 1366 {
		x -= 2
	}
	x += 1
	if x > 1367 {
		x -= 3
	}
	x += 2
	if x > 1368 {
		x -= 4
	}
	x += 3
	if x > 1369 {
		x -= 5
	}
	x += 4
	if x > 1370 {
		x -= 6
	}
	x += 0
	if x > 1371 {
		x -= 7
	}
	x += 1
	if x > 1372 {
		x -= 1
	}
	x += 2
	if x > 1373 {
		x -= 2
	}
	x += 3
	if x > 1374 {
		x -= 3
	}
	x += 4
	if x > 1375 {
		x -= 4
	}
	x += 0
	if x > 1376 {
		x -= 5
	}
	x += 1
	if x > 1377 {
		x -= 6
	}
	x += 2
	if x > 1378 {
		x -= 7
	}
	x += 3
	if x > 1379 {
		x -= 1
	}
	x += 4
	if x > 1380 {
		x -= 2
	}
	x += 0
	if x > 1381 {
		x -= 3
	}
	x += 1
	if x > 1382 {
		x -= 4
	}
	x += 2
	if x > 1383 {
		x -= 5
	}
	x += 3
	if x > 1384 {
		x -= 6
	}
	x += 4
	if x > 1385 {
		x -= 7
	}
	x += 0
	if x > 1386 {
		x -= 1
	}
	x += 1
	if x > 1387 {
		x -= 2
	}
	x += 2
	if x > 1388 {
		x -= 3
	}
	x += 3
	if x > 1389 {
		x -= 4
	}
	x += 4
	if x > 1390 {
		x -= 5
	}
	x += 0
	if x > 1391 {
		x -= 6
	}
	x += 1
	if x > 1392 {
		x -= 7
	}
	x += 2
	if x > 1393 {
		x -= 1
	}
	x += 3
	if x > 1394 {
		x -= 2
	}
	x += 4
	if x > 1395 {
		x -= 3
	}
	x += 0
	if x > 1396 {
		x -= 4
	}
	x += 1
	if x > 1397 {
		x -= 5
	}
	x += 2
	if x > 1398 {
		x -= 6
	}
	x += 3
	if x > 1399 {
		x -= 7
	}
	x += 4
	if x > 1400 {
		x -= 1
	}
	x += 0
	if x > 1401 {
		x -= 2
	}
	x += 1
	if x > 1402 {
		x -= 3
	}
	x += 2
	if x > 1403 {
		x -= 4
	}
	x += 3
	if x > 1404 {
		x -= 5
	}
	x += 4
	if x > 1405 {
		x -= 6
	}
	x += 0
	if x > 1406 {
		x -= 7
	}
	x += 1
	if x > 1407 {
		x -= 1
	}
	x += 2
	if x > 1408 {
		x -= 2
	}
	x += 3
	if x > 1409 {
		x -= 3
	}
	x += 4
	if x > 1410 {
		x -= 4
	}
	x += 0
	if x > 1411 {
		x -= 5
	}
	x += 1
	if x > 1412 {
		x -= 6
	}
	x += 2
	if x > 1413 {
		x -= 7
	}
	x += 3
	if x > 1414 {
		x -= 1
	}
	x += 4
	if x > 1415 {
		x -= 2
	}
	x += 0
	if x > 1416 {
		x -= 3
	}
	x += 1
	if x > 1417 {
		x -= 4
	}
	x += 2
	if x > 1418 {
		x -= 5
	}
	x += 3
	if x > 1419 {
		x -= 6
	}
	x += 4
	if x > 1420 {
		x -= 7
	}
	x += 0
	if x > 1421 {
		x -= 1
	}
	x += 1
	if x > 1422 {
		x -= 2
	}
	x += 2
	if x > 1423 {
		x -= 3
	}
	x += 3
	if x > 1424 {
		x -= 4
	}
	x += 4
	if x > 1425 {
		x -= 5
	}
	x += 0
	if x > 1426 {
		x -= 6
	}
	x += 1
	if x > 1427 {
		x -= 7
	}
	x += 2
	if x > 1428 {
		x -= 1
	}
	x += 3
	if x > 1429 {
		x -= 2
	}
	x += 4
	if x > 1430 {
		x -= 3
	}
	x += 0
	if x > 1431 {
		x -= 4
	}
	x += 1
	if x > 1432 {
		x -= 5
	}
	x += 2
	if x > 1433 {
		x -= 6
	}
	x += 3
	if x > 1434 {
		x -= 7
	}
	x += 4
	if x > 1435 {
		x -= 1
	}
	x += 0
	if x > 1436 {
		x -= 2
	}
	x += 1
	if x > 1437 {
		x -= 3
	}
	x += 2
	if x > 1438 {
		x -= 4
	}
	x += 3
	if x > 1439 {
		x -= 5
	}
	x += 4
	if x > 1440 {
		x -= 6
	}
	x += 0
	if x > 1441 {
		x -= 7
	}
	x += 1
	if x > 1442 {
		x -= 1
	}
	x += 2
	if x > 1443 {
		x -= 2
	}
	x += 3
	if x > 1444 {
		x -= 3
	}
	x += 4
	if x > 1445 {
		x -= 4
	}
	x += 0
	if x > 1446 {
		x -= 5
	}
	x += 1
	if x > 1447 {
		x -= 6
	}
	x += 2
	if x > 1448 {
		x -= 7
	}
	x += 3
	if x > 1449 {
		x -= 1
	}
	x += 4
	if x > 1450 {
		x -= 2
	}
	x += 0
	if x > 1451 {
		x -= 3
	}
	x += 1
	if x > 1452 {
		x -= 4
	}
	x += 2
	if x > 1453 {
		x -= 5
	}
	x += 3
	if x > 1454 {
		x -= 6
	}
	x += 4
	if x > 1455 {
		x -= 7
	}
	x += 0
	if x > 1456 {
		x -= 1
	}
	x += 1
	if x > 1457 {
		x -= 2
	}
	x += 2
	if x > 1458 {
		x -= 3
	}
	x += 3
	if x > 1459 {
		x -= 4
	}
	x += 4
	if x > 1460 {
		x -= 5
	}
	x += 0
	if x > 1461 {
		x -= 6
	}
	x += 1
	if x > 1462 {
		x -= 7
	}
	x += 2
	if x > 1463 {
		x -= 1
	}
	x += 3
	if x > 1464 {
		x -= 2
	}
	x += 4
	if x > 1465 {
		x -= 3
	}
	x += 0
	if x > 1466 {
		x -= 4
	}
	x += 1
	if x > 1467 {
		x -= 5
	}
	x += 2
	if x > 1468 {
		x -= 6
	}
	x += 3
	if x > 1469 {
		x -= 7
	}
	x += 4
	if x > 1470 {
		x -= 1
	}
	x += 0
	if x > 1471 {
		x -= 2
	}
	x += 1
	if x > 1472 {
		x -= 3
	}
	x += 2
	if x > 1473 {
		x -= 4
	}
	x += 3
	if x > 1474 {
		x -= 5
	}
	x += 4
	if x > 1475 {
		x -= 6
	}
	x += 0
	if x > 1476 {
		x -= 7
	}
	x += 1
	if x > 1477 {
		x -= 1
	}
	x += 2
	if x > 1478 {
		x -= 2
	}
	x += 3
	if x > 1479 {
		x -= 3
	}
	x += 4
	if x > 1480 {
		x -= 4
	}
	x += 0
	if x > 1481 {
		x -= 5
	}
	x += 1
	if x > 1482 {
		x -= 6
	}
	x += 2
	if x > 1483 {
		x -= 7
	}
	x += 3
	if x > 1484 {
		x -= 1
	}
	x += 4
	if x > 1485 {
		x -= 2
	}
	x += 0
	if x > 1486 {
		x -= 3
	}
	x += 1
	if x > 1487 {
		x -= 4
	}
	x += 2
	if x > 1488 {
		x -= 5
	}
	x += 3
	if x > 1489 {
		x -= 6
	}
	x += 4
	if x > 1490 {
		x -= 7
	}
	x += 0
	if x > 1491 {
		x -= 1
	}
	x += 1
	if x > 1492 {
		x -= 2
	}
	x += 2
	if x > 1493 {
		x -= 3
	}
	x += 3
	if x > 1494 {
		x -= 4
	}
	x += 4
	if x > 1495 {
		x -= 5
	}
	x += 0
	if x > 1496 {
		x -= 6
	}
	x += 1
	if x > 1497 {
		x -= 7
	}
	x += 2
	if x > 1498 {
		x -= 1
	}
	x += 3
	if x > 1499 {
		x -= 2
	}
	x += 4
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	_ = x
	return s.support.Release()
}
