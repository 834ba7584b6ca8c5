# InternBot's icons: a speech bubble with a small four-pointed star in it (a bot that answers about the programme).
# Colour: white bubble on teal-navy with the star in the background colour; outline: white bubble, star cut out.
import zlib, struct, math
def png(path, w, h, pixels):
    raw = b''.join(b'\x00' + bytes(sum((pixels[y*w+x] for x in range(w)), ())) for y in range(h))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t+d) & 0xffffffff)
    open(path,'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))
def star(cx, cy, outer, inner):
    return [(cx + (outer if i%2==0 else inner)*math.cos(math.pi/2 - i*math.pi/4), cy - (outer if i%2==0 else inner)*math.sin(math.pi/2 - i*math.pi/4)) for i in range(8)]
def inpoly(x,y,poly):
    c=False; n=len(poly)
    for i in range(n):
        x1,y1=poly[i]; x2,y2=poly[(i+1)%n]
        if (y1>y)!=(y2>y) and x < (x2-x1)*(y-y1)/(y2-y1)+x1: c = not c
    return c
def inrounded(x,y,l,t,r,b,rad):
    cx=min(max(x,l+rad),r-rad); cy=min(max(y,t+rad),b-rad)
    return l<=x<=r and t<=y<=b and math.hypot(x-cx,y-cy)<=rad
def shape(x,y,s):
    bubble = inrounded(x,y,.14*s,.18*s,.86*s,.70*s,.12*s) or inpoly(x,y,[(.30*s,.68*s),(.46*s,.68*s),(.26*s,.86*s)])
    st = inpoly(x,y,star(.5*s,.44*s,.20*s,.06*s))
    return bubble and not st
def cov(x,y,s,ss=4):
    return sum(shape(x+(i+.5)/ss,y+(j+.5)/ss,s) for i in range(ss) for j in range(ss))/(ss*ss)
bg=(0x12,0x3f,0x73)
for size,path,col in ((192,'color.png',True),(32,'outline.png',False)):
    px=[]
    for y in range(size):
        for x in range(size):
            a=cov(x,y,size)
            px.append(tuple(round(bg[k]*(1-a)+255*a) for k in range(3))+(255,) if col else (255,255,255,round(255*a)))
    png(path,size,size,px)
