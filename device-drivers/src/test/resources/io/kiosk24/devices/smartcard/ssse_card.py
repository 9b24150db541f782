"""A social security card (SSSE application, file EF05) for the Kiosk24 smart card tests.

Runs as a virtual card in vpcd through virtualsmartcard's VirtualICC (the library behind vicc).
Every value is fictitious test data. The card behaves as real cards do where it matters to the
driver: SELECT by name answers 61xx (so the terminal must GET RESPONSE), READ RECORD with a wrong
Le answers 6Cxx (so the terminal must resend with the right Le).

usage: ssse_card.py [--host 127.0.0.1] [--port 35963] [--card-number K24000017] ...
"""
import argparse
import logging

from virtualsmartcard.VirtualSmartcard import VirtualICC

AID = bytes.fromhex("7378312E73682EC9E7BBE1B1A3D5CF")


def bcd(date):
    return bytes.fromhex(date)


def atr(historical):
    # TS, T0 (TD1 follows, n historical bytes), TD1 (TD2 follows, T=0), TD2 (T=1), history, TCK
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    tck = 0
    for b in body:
        tck ^= b
    return bytes([0x3B]) + body + bytes([tck])


class SsseOS:
    def __init__(self, records):
        self.records = records
        self.selected_app = False
        self.current_ef = None
        self.pending = b""

    def getATR(self):
        return atr(b"K24-SSSE")

    def powerUp(self):
        self.reset()

    def powerDown(self):
        self.reset()

    def reset(self):
        self.selected_app = False
        self.current_ef = None
        self.pending = b""

    def execute(self, msg):
        if len(msg) < 4:
            return b"\x67\x00"
        cla, ins, p1, p2 = msg[0], msg[1], msg[2], msg[3]
        data, le = b"", None
        if len(msg) == 5:
            le = msg[4] or 256
        elif len(msg) > 5:
            lc = msg[4]
            data = msg[5:5 + lc]
            if len(msg) == 6 + lc:
                le = msg[5 + lc] or 256
        if cla != 0x00:
            return b"\x6E\x00"
        if ins == 0xA4:
            return self.select(p1, data)
        if ins == 0xC0:
            out, self.pending = self.pending, b""
            if not out:
                return b"\x69\x85"
            if le is not None and le != len(out) and le != 256:
                self.pending = out
                return bytes([0x6C, len(out)])
            return out + b"\x90\x00"
        if ins == 0xB2:
            if self.current_ef != 0xEF05:
                return b"\x69\x86"
            if p2 != 0x04:
                return b"\x6A\x86"
            rec = self.records.get(p1)
            if rec is None:
                return b"\x6A\x83"
            if le is None or le != len(rec):
                return bytes([0x6C, len(rec)])
            return rec + b"\x90\x00"
        return b"\x6D\x00"

    def select(self, p1, data):
        if p1 == 0x04:
            if data == AID:
                self.selected_app = True
                self.current_ef = None
                self.pending = b"\x6F" + bytes([len(AID) + 2]) + b"\x84" + bytes([len(AID)]) + AID
                return bytes([0x61, len(self.pending)])
            return b"\x6A\x82"
        if data == b"\x3F\x00":
            self.selected_app = False
            self.current_ef = None
            return b"\x90\x00"
        if data == b"\xEF\x05" and self.selected_app:
            self.current_ef = 0xEF05
            return b"\x90\x00"
        return b"\x6A\x82"


def tlv(tag, value):
    return bytes([tag, len(value)]) + value


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=35963)
    p.add_argument("--card-identifier", default="440600D15600000512345678ABCDEF01")
    p.add_argument("--card-type", default="3")
    p.add_argument("--version", default="3.00")
    p.add_argument("--issued", default="20210315")
    p.add_argument("--valid-until", default="20310314")
    p.add_argument("--card-number", default="K24000017")
    a = p.parse_args()
    records = {
        1: tlv(1, bytes.fromhex(a.card_identifier)),
        2: tlv(2, a.card_type.encode("ascii")),
        3: tlv(3, a.version.encode("ascii")),
        4: tlv(4, b"440600000000"),
        5: tlv(5, bcd(a.issued)),
        6: tlv(6, bcd(a.valid_until)),
        7: tlv(7, a.card_number.encode("ascii")),
    }
    vicc = VirtualICC(None, "iso7816", a.host, a.port, logginglevel=logging.WARNING)
    vicc.os = SsseOS(records)
    print("vicc connected", flush=True)
    vicc.run()


if __name__ == "__main__":
    main()
