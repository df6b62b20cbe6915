import sys
share=int(sys.argv[1])  # tenths of the rows computed twice
p='/tmp/demo/repo/MyTransforms/RowRms.cs'
s=open(p).read()
old="""        return row.IsEmpty ? 0 : Math.Sqrt(sum / row.Length);"""
new=f"""        // Planted: {share} rows in 10 computed twice.
        if (!row.IsEmpty && (int)Math.Abs(row[0] + row[^1]) % 10 < {share})
        {{
            double again = 0;
            foreach (double value in row)
            {{
                again += Math.Sqrt(Math.Abs(value) + 1) * value * value / Math.Sqrt(Math.Abs(value) + 1);
            }}

            sum = (sum + again) / 2;
        }}

        return row.IsEmpty ? 0 : Math.Sqrt(sum / row.Length);"""
assert old in s
open(p,'w').write(s.replace(old,new))
