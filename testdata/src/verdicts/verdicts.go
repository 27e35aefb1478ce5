// Package verdicts holds stores whose engine verdicts the engine's own
// test prints at each Release: a pathological helper must not blow up the
// analysis and must keep the right answer.
package verdicts

const LOGOFF_ABORT = 0x8

// Support is the part of IMAPISupport the stores use.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

type wide struct {
	support   Support
	loggedOff bool
	a         [40]bool
	code      int
	refs      int32
}

func (s *wide) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

// Release: a guarded abort and a release on the final path, after a helper
// with 40 independent ifs and a 200-case switch.
func (s *wide) Release() uint32 { // want `final: fresh slt=1 logged-off slt=0 released=1; not final: released=0`
	s.refs--
	if s.refs > 0 {
		return uint32(s.refs)
	}
	s.busy()
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

type wideBad struct {
	wide
}

func (s *wideBad) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

// Release: the same helper, then an unguarded abort.
func (s *wideBad) Release() uint32 { // want `final: fresh slt=1 logged-off slt=1 released=1`
	s.busy()
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags)
	s.support.Release()
	return 0
}

// busy has 40 independent ifs and a 200-case switch.
func (s *wide) busy() int {
	x := 0
	if s.a[0] {
		x += 1
	}
	if s.a[1] {
		x += 2
	}
	if s.a[2] {
		x += 3
	}
	if s.a[3] {
		x += 4
	}
	if s.a[4] {
		x += 5
	}
	if s.a[5] {
		x += 6
	}
	if s.a[6] {
		x += 7
	}
	if s.a[7] {
		x += 8
	}
	if s.a[8] {
		x += 9
	}
	if s.a[9] {
		x += 10
	}
	if s.a[10] {
		x += 11
	}
	if s.a[11] {
		x += 12
	}
	if s.a[12] {
		x += 13
	}
	if s.a[13] {
		x += 14
	}
	if s.a[14] {
		x += 15
	}
	if s.a[15] {
		x += 16
	}
	if s.a[16] {
		x += 17
	}
	if s.a[17] {
		x += 18
	}
	if s.a[18] {
		x += 19
	}
	if s.a[19] {
		x += 20
	}
	if s.a[20] {
		x += 21
	}
	if s.a[21] {
		x += 22
	}
	if s.a[22] {
		x += 23
	}
	if s.a[23] {
		x += 24
	}
	if s.a[24] {
		x += 25
	}
	if s.a[25] {
		x += 26
	}
	if s.a[26] {
		x += 27
	}
	if s.a[27] {
		x += 28
	}
	if s.a[28] {
		x += 29
	}
	if s.a[29] {
		x += 30
	}
	if s.a[30] {
		x += 31
	}
	if s.a[31] {
		x += 32
	}
	if s.a[32] {
		x += 33
	}
	if s.a[33] {
		x += 34
	}
	if s.a[34] {
		x += 35
	}
	if s.a[35] {
		x += 36
	}
	if s.a[36] {
		x += 37
	}
	if s.a[37] {
		x += 38
	}
	if s.a[38] {
		x += 39
	}
	if s.a[39] {
		x += 40
	}
	switch s.code {
	case 0:
		x -= 0
	case 1:
		x -= 1
	case 2:
		x -= 2
	case 3:
		x -= 3
	case 4:
		x -= 4
	case 5:
		x -= 5
	case 6:
		x -= 6
	case 7:
		x -= 7
	case 8:
		x -= 8
	case 9:
		x -= 9
	case 10:
		x -= 10
	case 11:
		x -= 11
	case 12:
		x -= 12
	case 13:
		x -= 13
	case 14:
		x -= 14
	case 15:
		x -= 15
	case 16:
		x -= 16
	case 17:
		x -= 17
	case 18:
		x -= 18
	case 19:
		x -= 19
	case 20:
		x -= 20
	case 21:
		x -= 21
	case 22:
		x -= 22
	case 23:
		x -= 23
	case 24:
		x -= 24
	case 25:
		x -= 25
	case 26:
		x -= 26
	case 27:
		x -= 27
	case 28:
		x -= 28
	case 29:
		x -= 29
	case 30:
		x -= 30
	case 31:
		x -= 31
	case 32:
		x -= 32
	case 33:
		x -= 33
	case 34:
		x -= 34
	case 35:
		x -= 35
	case 36:
		x -= 36
	case 37:
		x -= 37
	case 38:
		x -= 38
	case 39:
		x -= 39
	case 40:
		x -= 40
	case 41:
		x -= 41
	case 42:
		x -= 42
	case 43:
		x -= 43
	case 44:
		x -= 44
	case 45:
		x -= 45
	case 46:
		x -= 46
	case 47:
		x -= 47
	case 48:
		x -= 48
	case 49:
		x -= 49
	case 50:
		x -= 50
	case 51:
		x -= 51
	case 52:
		x -= 52
	case 53:
		x -= 53
	case 54:
		x -= 54
	case 55:
		x -= 55
	case 56:
		x -= 56
	case 57:
		x -= 57
	case 58:
		x -= 58
	case 59:
		x -= 59
	case 60:
		x -= 60
	case 61:
		x -= 61
	case 62:
		x -= 62
	case 63:
		x -= 63
	case 64:
		x -= 64
	case 65:
		x -= 65
	case 66:
		x -= 66
	case 67:
		x -= 67
	case 68:
		x -= 68
	case 69:
		x -= 69
	case 70:
		x -= 70
	case 71:
		x -= 71
	case 72:
		x -= 72
	case 73:
		x -= 73
	case 74:
		x -= 74
	case 75:
		x -= 75
	case 76:
		x -= 76
	case 77:
		x -= 77
	case 78:
		x -= 78
	case 79:
		x -= 79
	case 80:
		x -= 80
	case 81:
		x -= 81
	case 82:
		x -= 82
	case 83:
		x -= 83
	case 84:
		x -= 84
	case 85:
		x -= 85
	case 86:
		x -= 86
	case 87:
		x -= 87
	case 88:
		x -= 88
	case 89:
		x -= 89
	case 90:
		x -= 90
	case 91:
		x -= 91
	case 92:
		x -= 92
	case 93:
		x -= 93
	case 94:
		x -= 94
	case 95:
		x -= 95
	case 96:
		x -= 96
	case 97:
		x -= 97
	case 98:
		x -= 98
	case 99:
		x -= 99
	case 100:
		x -= 100
	case 101:
		x -= 101
	case 102:
		x -= 102
	case 103:
		x -= 103
	case 104:
		x -= 104
	case 105:
		x -= 105
	case 106:
		x -= 106
	case 107:
		x -= 107
	case 108:
		x -= 108
	case 109:
		x -= 109
	case 110:
		x -= 110
	case 111:
		x -= 111
	case 112:
		x -= 112
	case 113:
		x -= 113
	case 114:
		x -= 114
	case 115:
		x -= 115
	case 116:
		x -= 116
	case 117:
		x -= 117
	case 118:
		x -= 118
	case 119:
		x -= 119
	case 120:
		x -= 120
	case 121:
		x -= 121
	case 122:
		x -= 122
	case 123:
		x -= 123
	case 124:
		x -= 124
	case 125:
		x -= 125
	case 126:
		x -= 126
	case 127:
		x -= 127
	case 128:
		x -= 128
	case 129:
		x -= 129
	case 130:
		x -= 130
	case 131:
		x -= 131
	case 132:
		x -= 132
	case 133:
		x -= 133
	case 134:
		x -= 134
	case 135:
		x -= 135
	case 136:
		x -= 136
	case 137:
		x -= 137
	case 138:
		x -= 138
	case 139:
		x -= 139
	case 140:
		x -= 140
	case 141:
		x -= 141
	case 142:
		x -= 142
	case 143:
		x -= 143
	case 144:
		x -= 144
	case 145:
		x -= 145
	case 146:
		x -= 146
	case 147:
		x -= 147
	case 148:
		x -= 148
	case 149:
		x -= 149
	case 150:
		x -= 150
	case 151:
		x -= 151
	case 152:
		x -= 152
	case 153:
		x -= 153
	case 154:
		x -= 154
	case 155:
		x -= 155
	case 156:
		x -= 156
	case 157:
		x -= 157
	case 158:
		x -= 158
	case 159:
		x -= 159
	case 160:
		x -= 160
	case 161:
		x -= 161
	case 162:
		x -= 162
	case 163:
		x -= 163
	case 164:
		x -= 164
	case 165:
		x -= 165
	case 166:
		x -= 166
	case 167:
		x -= 167
	case 168:
		x -= 168
	case 169:
		x -= 169
	case 170:
		x -= 170
	case 171:
		x -= 171
	case 172:
		x -= 172
	case 173:
		x -= 173
	case 174:
		x -= 174
	case 175:
		x -= 175
	case 176:
		x -= 176
	case 177:
		x -= 177
	case 178:
		x -= 178
	case 179:
		x -= 179
	case 180:
		x -= 180
	case 181:
		x -= 181
	case 182:
		x -= 182
	case 183:
		x -= 183
	case 184:
		x -= 184
	case 185:
		x -= 185
	case 186:
		x -= 186
	case 187:
		x -= 187
	case 188:
		x -= 188
	case 189:
		x -= 189
	case 190:
		x -= 190
	case 191:
		x -= 191
	case 192:
		x -= 192
	case 193:
		x -= 193
	case 194:
		x -= 194
	case 195:
		x -= 195
	case 196:
		x -= 196
	case 197:
		x -= 197
	case 198:
		x -= 198
	case 199:
		x -= 199
	}
	return x
}
